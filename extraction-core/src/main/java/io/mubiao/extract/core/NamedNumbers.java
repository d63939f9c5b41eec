package io.mubiao.extract.core;

/**
 * Numbers that are part of a name, not a figure: PM2.5, 5G, No.3, 第3, 1+3+4, anything inside a book title 《…》,
 * and a short quoted name (“117项目”, “双20条”, “新二十条”).
 */
final class NamedNumbers {
    private NamedNumbers() {
    }

    /** A number in digits at {@code [start, end)} glued to Latin letters, a point, 第 or +, or inside 《…》. */
    static boolean insideName(String text, int from, int start, int end) {
        char before = start > from ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        if (isLatin(before) || before == '.' || before == '第' || before == '+' || before == '＋' || before == '·') {
            return true;
        }
        if (isLatin(after) || after == '+' || after == '＋' || after == ':' || after == '：' || after == '/' || after == '.') {
            return true;
        }
        int open = text.lastIndexOf('《', start);
        return open >= from && text.indexOf('》', open) > start && text.lastIndexOf('》', start) < open;
    }

    /** A number inside a short quoted name: an opening quote at most 2 characters before, the closing one within 8. */
    static boolean inShortQuote(String text, int from, int start) {
        int open = -1;
        for (int k = start - 1; k >= Math.max(from, start - 3); k--) {
            char c = text.charAt(k);
            if (c == '“') {
                open = k;
                break;
            }
            if (SentenceSplitter.isClauseBreak(c) || c == '”') {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int k = start; k < Math.min(text.length(), open + 10); k++) {
            if (text.charAt(k) == '”') {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }
}
