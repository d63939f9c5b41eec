package io.mubiao.documents;

import io.mubiao.text.BoilerplateRules;
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
    static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000\\u2007\\u202f\\u200b\\ufeff]+");
    /** Control characters but the tab: cut out of every line. */
    static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\t]]");

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
                throw RejectedDocument.unreadable("The text holds NUL characters: the body is binary, not text.")
                        .inFileTerms("The file holds NUL characters: it is binary, not text.");
            }
            int from = 0;
            for (int i = 0; i <= t.length(); i++) {
                if (i < t.length() && !isLineBreak(t.charAt(i))) {
                    continue;
                }
                String line = t.substring(from, i);
                from = i + 1;
                String l = trim(hasControl(line) ? CONTROLS.matcher(line).replaceAll("") : line);
                if (!l.isEmpty()) {
                    items.add(l);
                    known.add(null);
                }
            }
        }
        List<String> reasons = keepTableRows(BoilerplateRules.classifyAll(items, known, raw.paged()), items, known,
                raw.tables());
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
            String line = collapsesSpaces(item) ? SPACES.matcher(item).replaceAll(" ") : item;
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

    /**
     * A row of a table the reader found is document text, even when it looks like furniture by itself: a header
     * row of short words (类别 指标名称 单位 基期值 目标值 指标属性) is no row of links.
     */
    private static List<String> keepTableRows(List<String> reasons, List<String> items, List<String> known,
                                              List<RawTable> tables) {
        if (tables == null || tables.isEmpty()) {
            return reasons;
        }
        java.util.Set<String> rows = new java.util.HashSet<>();
        for (RawTable t : tables) {
            for (int r = 0; r < t.grid().size(); r++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < t.grid().get(r).size(); c++) {
                    RawTable.Cell cell = t.grid().get(r).get(c);
                    if (cell.originRow() == r && cell.originCol() == c && !cell.text().isBlank()) {
                        line.append(line.length() > 0 ? " " : "").append(cell.text());
                    }
                }
                rows.add(SPACES.matcher(Normalizer.normalize(line, Normalizer.Form.NFC)).replaceAll(" ").strip());
            }
        }
        List<String> out = new ArrayList<>(reasons);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) != null && known.get(i) == null
                    && rows.contains(SPACES.matcher(items.get(i)).replaceAll(" ").strip())) {
                out.set(i, null);
            }
        }
        return out;
    }

    /**
     * A line ends at CR LF, LF, CR, U+2028, U+2029, VT, FF or NEL. Taking CR LF as two breaks only adds an empty
     * line, and empty lines are dropped.
     */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000b' || c == '\f' || c == '\u0085';
    }

    /**
     * True when CONTROLS would cut something out of {@code s}: most lines hold no control character. The Cc
     * category is exactly the ISO controls, U+0000-U+001F and U+007F-U+009F.
     */
    static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\t' && Character.isISOControl(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when SPACES would change {@code s}: a space character other than a plain space, or two in a row. A lone
     * plain space is replaced by itself.
     */
    static boolean collapsesSpaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpacesChar(c) && (c != ' ' || i + 1 < s.length() && isSpacesChar(s.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** A character of SPACES: those of \s (space, tab, LF, VT, FF, CR) and the other spaces it lists. */
    private static boolean isSpacesChar(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == '\u00a0' || c == '\u3000'
                || c == '\u2007' || c == '\u202f' || c == '\u200b' || c == '\ufeff';
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
