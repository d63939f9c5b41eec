package io.mubiao.documents;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The normalized text every later stage sees, built from a format reader's pieces: Unicode NFC, one paragraph per
 * line ({@code \n}), no blank lines, whitespace at line ends trimmed and runs of spaces inside a line made one,
 * page furniture cut out and recorded.
 *
 * @param text    the text
 * @param lines   where each line of {@code text} starts and ends
 * @param removed what was cut out, in order
 */
record CleanText(String text, List<int[]> lines, List<RemovedText> removed) {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000\\u2007\\u202f\\u200b\\ufeff]+");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n|[\\r\\u2028\\u2029\\u000b\\f\\u0085]");

    static CleanText of(RawDocument raw) {
        List<String> items = new ArrayList<>();
        List<String> known = new ArrayList<>();
        for (RawDocument.Block b : raw.blocks()) {
            if (b.removedAs() != null) {
                items.add(trim(Normalizer.normalize(b.text(), Normalizer.Form.NFC)));
                known.add(b.removedAs());
                continue;
            }
            String t = Normalizer.normalize(b.text(), Normalizer.Form.NFC);
            if (t.indexOf('\0') >= 0) {
                throw RejectedDocument.unreadable("The text holds NUL characters: the body is binary, not text.");
            }
            for (String line : LINE_BREAKS.matcher(t).replaceAll("\n").split("\n")) {
                String l = trim(line.replaceAll("[\\p{Cc}&&[^\\t]]", ""));
                if (!l.isEmpty()) {
                    items.add(l);
                    known.add(null);
                }
            }
        }
        List<String> reasons = BoilerplateRules.classifyAll(items, known, raw.paged());
        StringBuilder text = new StringBuilder();
        List<int[]> lines = new ArrayList<>();
        List<RemovedText> removed = new ArrayList<>();
        List<String[]> pending = new ArrayList<>(); // removed before the next kept line: their 'at' is its start
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            if (reasons.get(i) != null) {
                pending.add(new String[] {item, reasons.get(i)});
                continue;
            }
            String line = SPACES.matcher(item).replaceAll(" ");
            String tail = null;
            int cut = BoilerplateRules.datelineTail(line);
            if (cut > 0) {
                tail = line.substring(cut).strip();
                line = line.substring(0, cut).stripTrailing();
            }
            if (!lines.isEmpty()) {
                text.append('\n');
            }
            for (String[] p : pending) {
                removed.add(new RemovedText(text.length(), p[0], p[1]));
            }
            pending.clear();
            int start = text.length();
            text.append(line);
            lines.add(new int[] {start, text.length()});
            if (tail != null) {
                removed.add(new RemovedText(text.length(), tail, "share"));
            }
        }
        for (String[] p : pending) {
            removed.add(new RemovedText(text.length(), p[0], p[1]));
        }
        return new CleanText(text.toString(), lines, removed);
    }

    /** strip() plus the no-break spaces it leaves. */
    private static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\u2007' || c == '\u202f' || c == '\u200b'
                || c == '\ufeff';
    }

    String line(int i) {
        return text.substring(lines.get(i)[0], lines.get(i)[1]);
    }
}
