package io.mubiao.extract.core;

import java.util.regex.Pattern;

/**
 * The words a paragraph opens with, where its time cue stands (ScopeTracker): the first clause, past an address
 * (各位代表，刚刚过去的2025年) or a speaker's 说. A first sentence that only says what a year was (2025年是“十四五”收官
 * 之年。) gives way to the clause after it when that one names the time: 五年来 opens a five-year review there,
 * 一年来 a one-year one; without such a clause the year stays.
 */
final class ParagraphOpening {
    private static final int MAX_CHARS = 40;
    /** 2025年是“十四五”收官之年, 今年是全面建成小康社会之年: what a year is, not when the passage is. */
    private static final Pattern YEAR_STATEMENT = Pattern.compile("(?:(?:19|20)\\d\\d年|今年|去年)是[^，,。；]*之年$");

    private ParagraphOpening() {
    }

    static String of(String text, int from, int to) {
        int end = clauseEnd(text, from, to, true);
        String first = text.substring(from, end);
        if (end < to && text.charAt(end) == '。' && YEAR_STATEMENT.matcher(first).find()) {
            String next = text.substring(end + 1, clauseEnd(text, end + 1, to, false));
            if (ScopeTracker.known(TimeCues.cue(next, null))) {
                return next;
            }
        }
        return first;
    }

    private static int clauseEnd(String text, int from, int to, boolean skipAddress) {
        int end = from;
        int clauses = 0;
        while (end < to && end - from < MAX_CHARS) {
            char c = text.charAt(end);
            if (c == '，' || c == ',' || c == '。' || c == '；' || c == '：' || c == ':') {
                String clause = text.substring(from, end);
                if (skipAddress && clauses++ == 0
                        && (clause.endsWith("说") || Lexicon.cues("opening.address").contains(clause.strip()))) {
                    end++;
                    continue;
                }
                break;
            }
            end++;
        }
        return end;
    }
}
