package io.mubiao.extract.core;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Reads numbers however Chinese documents write them: Arabic digits (half- and full-width, thousands
 * separators, decimals), Chinese numerals in common, financial and traditional characters (一百零二,
 * 壹佰伍拾, 兩千, 七十八萬五佰零六), the two mixed (1.2万亿, 5万4千6百, 2千零30万), decimals in words
 * (三点五, 两千万点五五四四), the spoken short form (两千三 = 2300, 一万五 = 15000), lower bounds of
 * round figures (一千多万, 二十几万, 500余万), 半百, 打 (a dozen) and powers (2^5).
 * Arithmetic is decimal (BigDecimal): 4.78万亿 is exactly 4780000000000. Stateless.
 */
public final class NumberParser {
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
        return Numerals.isDigit(c);
    }

    public static boolean isChineseDigit(char c) {
        return Numerals.chineseDigit(c) >= 0;
    }

    /**
     * An Arabic number starting at {@code from}: digits, optional ASCII thousands separators
     * (exactly three digits follow), optional decimal part. Null when no digit is there.
     */
    public static Parsed parseArabic(CharSequence s, int from) {
        ArabicNumbers.Digits d = ArabicNumbers.at(s, from);
        return d == null ? null : new Parsed(Double.parseDouble(d.digits()), d.end());
    }

    /**
     * The longest number expression starting at {@code from} and ending at or before {@code to}, or null
     * when none starts there ({@link NumberReader}). A magnitude that starts a unit of
     * {@code extraction/units.txt} (千瓦, 千米, 百分点) ends the number instead.
     */
    public static Reading read(CharSequence s, int from, int to) {
        return new NumberReader(s, from, to).read();
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
