package io.mubiao.extract.core;

/**
 * Reads numbers as Chinese documents write them: Arabic digits (half- and full-width, thousands
 * separators, decimals) and Chinese numerals with their magnitudes (一千二百, 两万, 十三).
 * Stateless; every method is a pure function.
 */
public final class NumberParser {
    private NumberParser() {
    }

    /** Result of reading a number at some offset: its value and the offset just after it. */
    public record Parsed(double value, int end) {
    }

    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    static int digitValue(char c) {
        return c >= '０' && c <= '９' ? c - '０' : c - '0';
    }

    public static boolean isChineseDigit(char c) {
        return chineseDigit(c) >= 0;
    }

    /** 零..九 and 两; -1 for anything else (magnitudes included). */
    static int chineseDigit(char c) {
        switch (c) {
            case '零': case '〇': return 0;
            case '一': return 1;
            case '二': case '两': return 2;
            case '三': return 3;
            case '四': return 4;
            case '五': return 5;
            case '六': return 6;
            case '七': return 7;
            case '八': return 8;
            case '九': return 9;
            default: return -1;
        }
    }

    /** 十, 百, 千 within a section; 万 and 亿 are section magnitudes. */
    static long chineseUnit(char c) {
        switch (c) {
            case '十': return 10;
            case '百': return 100;
            case '千': return 1000;
            case '万': return 10_000;
            case '亿': return 100_000_000;
            default: return -1;
        }
    }

    public static boolean isChineseNumeral(char c) {
        return chineseDigit(c) >= 0 || chineseUnit(c) > 0;
    }

    /**
     * An Arabic number starting at {@code from}: digits, optional ASCII thousands separators
     * (exactly three digits follow), optional decimal part. Null when no digit is there.
     */
    public static Parsed parseArabic(CharSequence s, int from) {
        int i = from;
        int n = s.length();
        if (i >= n || !isDigit(s.charAt(i))) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        while (i < n) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                b.append((char) ('0' + digitValue(c)));
                i++;
            } else if (c == ',' && threeDigitsThenStop(s, i + 1)) {
                i++; // thousands separator: 1,234
            } else {
                break;
            }
        }
        if (i + 1 < n && (s.charAt(i) == '.' || s.charAt(i) == '．') && isDigit(s.charAt(i + 1))) {
            b.append('.');
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                b.append((char) ('0' + digitValue(s.charAt(i))));
                i++;
            }
        }
        return new Parsed(Double.parseDouble(b.toString()), i);
    }

    private static boolean threeDigitsThenStop(CharSequence s, int at) {
        if (at + 3 > s.length()) {
            return false;
        }
        for (int k = at; k < at + 3; k++) {
            if (!isDigit(s.charAt(k))) {
                return false;
            }
        }
        return at + 3 == s.length() || !isDigit(s.charAt(at + 3));
    }

    /**
     * The value of a whole Chinese numeral string (十三 → 13, 两千五百 → 2500, 一万二千 → 12000,
     * 二十一 → 21, 三 → 3). Null when the string is not a well-formed numeral.
     */
    public static Double parseChinese(CharSequence s) {
        if (s.length() == 0) {
            return null;
        }
        long total = 0;      // completed 亿 sections
        long section = 0;    // completed 万 section
        long current = 0;    // inside the current 千-section
        long digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = chineseDigit(c);
            if (d >= 0) {
                if (digit >= 0 && d != 0 && digit != 0) {
                    return readDigitByDigit(s); // 二〇二三 style
                }
                digit = d;
                continue;
            }
            long u = chineseUnit(c);
            if (u < 0) {
                return null;
            }
            if (u == 100_000_000) {
                section += current + Math.max(digit, 0);
                total += (section == 0 ? 1 : section) * u;
                section = 0;
                current = 0;
            } else if (u == 10_000) {
                current += Math.max(digit, 0);
                section += (current == 0 ? 1 : current) * u;
                current = 0;
            } else {
                current += (digit < 0 ? 1 : digit) * u; // 十三: a bare 十 means 10
            }
            digit = -1;
        }
        long value = total + section + current + Math.max(digit, 0);
        return (double) value;
    }

    private static Double readDigitByDigit(CharSequence s) {
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = chineseDigit(s.charAt(i));
            if (d < 0) {
                return null;
            }
            v = v * 10 + d;
        }
        return (double) v;
    }

    /** Reads an Arabic or Chinese number token in full (used by the tests and small helpers). */
    public static Double parse(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        if (isDigit(token.charAt(0))) {
            Parsed p = parseArabic(token, 0);
            return p != null && p.end() == token.length() ? p.value() : null;
        }
        return parseChinese(token);
    }
}
