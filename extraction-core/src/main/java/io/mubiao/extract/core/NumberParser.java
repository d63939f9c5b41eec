package io.mubiao.extract.core;

import io.mubiao.text.Magnitudes;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads numbers however Chinese documents write them: Arabic digits (half- and full-width, thousands
 * separators, decimals), Chinese numerals in common, financial and traditional characters (一百零二,
 * 壹佰伍拾, 兩千, 七十八萬五佰零六), the two mixed (1.2万亿, 5万4千6百, 2千零30万), decimals in words
 * (三点五, 两千万点五五四四), the spoken short form (两千三 = 2300, 一万五 = 15000), lower bounds of
 * round figures (一千多万, 二十几万, 500余万), 半百, 打 (a dozen) and powers (2^5).
 * Arithmetic is decimal (BigDecimal): 4.78万亿 is exactly 4780000000000. Stateless.
 */
public final class NumberParser {
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private NumberParser() {
    }

    /** Result of reading a number at some offset: its value and the offset just after it. */
    public record Parsed(double value, int end) {
    }

    /**
     * A number expression read from text.
     *
     * @param value      the whole value (一千多万 → 10000000)
     * @param end        offset after the expression (after 多/余 when they close it)
     * @param chinese    written with at least one Chinese numeral (digit or magnitude)
     * @param arabic     written with at least one Arabic digit
     * @param approx     a lower bound of a round figure: 多, 余, 几 (一千多万, 500余万, 二十几万)
     * @param magnitude  the trailing magnitude as a unit prefix (万, 亿, 万亿, 千万, 百万; simplified), or null
     * @param bare       no digit at all: a magnitude standing for one (千亿, 万亿, 百余)
     * @param digitRun   digits read one by one without any magnitude (二〇二三, 2023)
     */
    public record Reading(double value, int end, boolean chinese, boolean arabic, boolean approx, String magnitude,
                          boolean bare, boolean digitRun) {
        /** The value in front of {@link #magnitude()}: 4.78万亿 → 4.78, 一千二百万 → 1200. */
        public double head() {
            return magnitude == null ? value : BigDecimal.valueOf(value)
                    .divide(BigDecimal.valueOf(Units.multiplier(magnitude)), MathContext.DECIMAL64).doubleValue();
        }
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

    /** 零..九 in common, financial (壹贰叁) and traditional (兩陸) writing, 两/俩; -1 for anything else. */
    static int chineseDigit(char c) {
        switch (c) {
            case '零': case '〇': case '○': return 0;
            case '一': case '壹': return 1;
            case '二': case '两': case '贰': case '貳': case '兩': case '俩': case '倆': return 2;
            case '三': case '叁': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': case '陸': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
            default: return -1;
        }
    }

    /** 十, 百, 千 (and 拾佰仟) within a section; 万 and 亿 (萬億) are section magnitudes; -1 otherwise. */
    static long chineseUnit(char c) {
        return Magnitudes.ofChar(c);
    }

    public static boolean isChineseNumeral(char c) {
        return chineseDigit(c) >= 0 || chineseUnit(c) > 0;
    }

    /** A character a number expression may start with or continue with. */
    public static boolean isNumeral(char c) {
        return isDigit(c) || isChineseNumeral(c);
    }

    private static boolean isPoint(char c) {
        return c == '点' || c == '點';
    }

    private static boolean isApprox(char c) {
        return c == '多' || c == '余' || c == '餘' || c == '几' || c == '幾';
    }

    /**
     * An Arabic number starting at {@code from}: digits, optional ASCII thousands separators
     * (exactly three digits follow), optional decimal part. Null when no digit is there.
     */
    public static Parsed parseArabic(CharSequence s, int from) {
        String d = arabicDigits(s, from);
        if (d == null) {
            return null;
        }
        return new Parsed(Double.parseDouble(d.substring(d.indexOf(' ') + 1)), Integer.parseInt(d.substring(0, d.indexOf(' '))));
    }

    /** "end digits" of the Arabic number at {@code from}, or null. */
    private static String arabicDigits(CharSequence s, int from) {
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
        return i + " " + b;
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

    /** One term of a number being read: a value and the magnitude it was closed with (1 for a bare digit). */
    private record Term(BigDecimal value, long level) {
    }

    /**
     * The longest number expression starting at {@code from} and ending at or before {@code to}, or null
     * when none starts there. Magnitudes group the way the language does: everything below a 万 or 亿 is
     * multiplied by it (四十五亿四千零四万 = 45×10⁸ + 4004×10⁴), a magnitude right after another one
     * multiplies it (万亿, 四万万). A magnitude that starts a unit of {@code extraction/units.txt}
     * (千瓦, 千米, 百分点) ends the number instead.
     */
    public static Reading read(CharSequence s, int from, int to) {
        List<Term> terms = new ArrayList<>();
        BigDecimal pending = null;     // a digit or Arabic number not yet multiplied
        long pendingAfter = 0;         // the magnitude right before the pending Chinese digit (两千三: 1000)
        long lastLevel = 0;            // magnitude of the previous token, 0 after 零 or a digit
        long sectionLevel = Long.MAX_VALUE; // smallest 十/百/千 since the last 万/亿
        boolean bigBefore = false;     // the previous token was 万 or 亿
        boolean chinese = false;
        boolean arabic = false;
        boolean approx = false;
        boolean sawDigit = false;
        boolean digitRun = false;
        boolean sawUnit = false;
        boolean dozen = false;
        boolean chineseDigits = false; // a digit 一..九 in words was read
        int digitCount = 0;            // Chinese digits read one by one (二〇二三: 4)
        int i = from;
        int end = from;
        while (i < to) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                if (pending != null || chineseDigits) {
                    break; // 一万5: digits do not follow numerals in words
                }
                String d = arabicDigits(s, i);
                int e = Integer.parseInt(d.substring(0, d.indexOf(' ')));
                if (e > to) {
                    break;
                }
                pending = new BigDecimal(d.substring(d.indexOf(' ') + 1));
                pendingAfter = 0;
                i = e;
                // a power: 2^5, 1.1^+23, 2.5^-1
                if (i + 1 < to && s.charAt(i) == '^') {
                    int k = i + 1;
                    boolean minus = s.charAt(k) == '-';
                    if (s.charAt(k) == '-' || s.charAt(k) == '+') {
                        k++;
                    }
                    String x = k < to ? arabicDigits(s, k) : null;
                    if (x != null && !x.contains(".") && Integer.parseInt(x.substring(0, x.indexOf(' '))) <= to) {
                        int exp = Integer.parseInt(x.substring(x.indexOf(' ') + 1));
                        if (exp <= 30) {
                            BigDecimal p = pending.pow(exp, MathContext.DECIMAL64);
                            pending = minus ? BigDecimal.ONE.divide(p, MathContext.DECIMAL64) : p;
                            i = Integer.parseInt(x.substring(0, x.indexOf(' ')));
                        }
                    }
                }
                arabic = true;
                sawDigit = true;
                digitRun = terms.isEmpty() && !sawUnit;
                lastLevel = 0;
                bigBefore = false;
                end = i;
                continue;
            }
            int d = chineseDigit(c);
            if (d == 0) {
                // 零 marks a gap (一千零五, 零十 = 10); in 零点五 and 二〇二三 it is the digit
                if (pending != null && digitRun && !arabic) {
                    pending = pending.multiply(TEN);
                    digitCount++;
                } else if (pending != null) {
                    break;
                } else if (i + 1 < to && isPoint(s.charAt(i + 1))) {
                    pending = BigDecimal.ZERO;
                }
                chinese = true;
                sawDigit = true;
                lastLevel = 0;
                pendingAfter = 0;
                bigBefore = false;
                i++;
                end = i;
                continue;
            }
            if (d > 0) {
                if (arabic) {
                    break; // 9万亿三个: a numeral in words does not continue a number in digits
                }
                chineseDigits = true;
                if (pending != null) {
                    if (!digitRun || arabic) {
                        break;
                    }
                    pending = pending.multiply(TEN).add(BigDecimal.valueOf(d)); // 二〇二三
                    digitCount++;
                } else {
                    pending = BigDecimal.valueOf(d);
                    pendingAfter = lastLevel;
                    digitCount = 1;
                    digitRun = terms.isEmpty() && !sawUnit;
                }
                chinese = true;
                sawDigit = true;
                lastLevel = 0;
                bigBefore = false;
                i++;
                end = i;
                continue;
            }
            long u = chineseUnit(c);
            if (u > 0) {
                String unit = Units.unitAt(s, i);
                if (unit != null && unit.length() > 1) {
                    break; // 千瓦, 千米, 百分点: a unit, not a magnitude
                }
                if (digitRun && pending != null && pending.scale() <= 0 && pending.compareTo(BigDecimal.TEN) >= 0 && !arabic) {
                    break; // 二〇二三万: not a number
                }
                BigDecimal unitValue = BigDecimal.valueOf(u);
                if (u < 10_000) {
                    if (u >= sectionLevel) {
                        break; // 十百: not well formed
                    }
                    BigDecimal base = pending == null ? BigDecimal.ONE : pending;
                    terms.add(new Term(base.multiply(unitValue), u));
                    sectionLevel = u;
                } else if (bigBefore && !terms.isEmpty() && pending == null) {
                    // 万亿, 四万万: a magnitude on a magnitude
                    Term top = terms.remove(terms.size() - 1);
                    terms.add(new Term(top.value().multiply(unitValue), top.level() * u));
                } else {
                    BigDecimal sum = pending == null ? BigDecimal.ZERO : pending;
                    boolean any = pending != null;
                    while (!terms.isEmpty() && terms.get(terms.size() - 1).level() < u) {
                        sum = sum.add(terms.remove(terms.size() - 1).value());
                        any = true;
                    }
                    if (!any) {
                        if (!terms.isEmpty()) {
                            break; // 五亿万: not well formed
                        }
                        sum = BigDecimal.ONE; // 万亿元: a bare magnitude stands for one
                    }
                    terms.add(new Term(sum.multiply(unitValue), u));
                    sectionLevel = Long.MAX_VALUE;
                }
                pending = null;
                pendingAfter = 0;
                lastLevel = u;
                bigBefore = u >= 10_000;
                chinese = true;
                sawUnit = true;
                digitRun = false;
                i++;
                end = i;
                continue;
            }
            if (isPoint(c) && i + 1 < to && (chineseDigit(s.charAt(i + 1)) >= 0 || isDigit(s.charAt(i + 1))) && (sawDigit || sawUnit)) {
                // decimals in words, read digit by digit: 十点二三三, 两千万点五五四四
                StringBuilder frac = new StringBuilder("0.");
                int k = i + 1;
                while (k < to) {
                    char f = s.charAt(k);
                    int fd = isDigit(f) ? digitValue(f) : chineseDigit(f);
                    if (fd < 0) {
                        break;
                    }
                    frac.append(fd);
                    k++;
                }
                BigDecimal whole = pending == null ? BigDecimal.ZERO : shortForm(pending, pendingAfter, arabic);
                pending = whole.add(new BigDecimal(frac.toString()));
                pendingAfter = 0;
                digitRun = false;
                chinese |= c == '点' || c == '點';
                lastLevel = 0;
                bigBefore = false;
                i = k;
                end = i;
                continue;
            }
            if (isApprox(c) && (sawDigit || sawUnit) && !approx) {
                // 一千多万, 十余万, 二十几万, 一百零几万: the round figure is the lower bound
                if (c == '几' || c == '幾') {
                    if (pending != null) {
                        break;
                    }
                    pending = BigDecimal.ZERO;
                }
                approx = true;
                bigBefore = false;
                i++;
                end = i;
                continue;
            }
            if (c == '半' && pending == null && terms.isEmpty() && i + 1 < to && chineseUnit(s.charAt(i + 1)) >= 100) {
                pending = new BigDecimal("0.5"); // 半百
                chinese = true;
                sawDigit = true;
                i++;
                end = i;
                continue;
            }
            if (c == '打' && (pending != null || !terms.isEmpty()) && !approx && i + 1 < to && Units.unitAt(s, i + 1) != null) {
                BigDecimal total = total(terms, pending, pendingAfter, arabic).multiply(BigDecimal.valueOf(12)); // 一打 = 12
                terms.clear();
                terms.add(new Term(total, 1));
                pending = null;
                dozen = true;
                i++;
                end = i;
                break;
            }
            break;
        }
        if (!sawDigit && !sawUnit) {
            return null;
        }
        BigDecimal total = total(terms, pending, pendingAfter, arabic);
        String magnitude = pending == null && !dozen ? trailingMagnitude(s, from, end, arabic) : null;
        // 千亿, 百余, 万亿: no digit, a magnitude stands for one (十万 is ten of them: 十 is a number)
        boolean bare = !sawDigit && chineseUnit(s.charAt(from)) != 10;
        return new Reading(total.doubleValue(), end, chinese, arabic, approx, magnitude, bare, digitRun && !sawUnit && (arabic || digitCount > 1));
    }

    private static BigDecimal total(List<Term> terms, BigDecimal pending, long pendingAfter, boolean arabic) {
        BigDecimal total = BigDecimal.ZERO;
        for (Term t : terms) {
            total = total.add(t.value());
        }
        if (pending != null) {
            total = total.add(shortForm(pending, pendingAfter, arabic));
        }
        return total;
    }

    /** 两千三 = 2300, 一万五 = 15000: a last digit right after 百/千/万/亿 counts in the next lower place. */
    private static BigDecimal shortForm(BigDecimal digit, long after, boolean arabic) {
        if (after >= 100 && !arabic && digit.scale() <= 0 && digit.compareTo(BigDecimal.TEN) < 0) {
            return digit.multiply(BigDecimal.valueOf(after / 10));
        }
        return digit;
    }

    /**
     * The magnitude a unit takes from the end of the expression: the run of 万/亿 at its end (一千二百万
     * → 万, 4.78万亿 → 万亿), with a 千/百 written right after the Arabic digits that start it (5千万 → 千万;
 * 1千3百万 → 万); 多/余 inside
     * it are skipped (一千多万 → 万). Null when the run is not a magnitude of {@link Units}.
     */
    private static String trailingMagnitude(CharSequence s, int start, int end, boolean arabic) {
        StringBuilder run = new StringBuilder();
        for (int k = end - 1; k >= start; k--) {
            char c = s.charAt(k);
            long u = chineseUnit(c);
            if (u >= 10_000) {
                run.insert(0, u == 10_000 ? '万' : '亿');
            } else if (isApprox(c) && run.length() > 0 || isApprox(c) && k == end - 1) {
                continue;
            } else if ((u == 100 || u == 1000) && run.length() > 0 && k > start && arabic && onlyArabic(s, start, k)) {
                run.insert(0, u == 100 ? '百' : '千');
                break;
            } else {
                break;
            }
        }
        String m = run.toString();
        while (!m.isEmpty() && Units.multiplier(m) == 1) {
            m = m.substring(1); // 万万 → 万
        }
        return m.isEmpty() ? null : m;
    }

    private static boolean onlyArabic(CharSequence s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!isDigit(c) && c != '.' && c != '．') {
                return false;
            }
        }
        return true;
    }

    /**
     * The value of a whole Chinese numeral string (十三 → 13, 两千五百 → 2500, 一万二千 → 12000,
     * 二〇二三 → 2023). Null when the string is not entirely one number.
     */
    public static Double parseChinese(CharSequence s) {
        if (s.length() == 0) {
            return null;
        }
        Reading r = read(s, 0, s.length());
        return r != null && r.end() == s.length() && !r.approx() ? r.value() : null;
    }

    /** Reads an Arabic or Chinese number token in full (used by the tests and small helpers). */
    public static Double parse(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        if (isDigit(token.charAt(0))) {
            Parsed p = parseArabic(token, 0);
            if (p != null && p.end() == token.length()) {
                return p.value();
            }
        }
        return parseChinese(token);
    }
}
