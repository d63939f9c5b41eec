package io.mubiao.text;

import java.util.List;
import java.util.Map;

/**
 * The Chinese magnitudes: the characters of a number in words (十 百 千 万 亿, 拾佰仟萬億) and the magnitudes written
 * in front of a unit (4.78万亿元, 2.26万亩, 5千万元) with their multipliers. The web page's charts convert between
 * magnitudes of one unit in JavaScript (gateway js/units.js), with the same factors.
 */
public final class Magnitudes {
    /** The magnitudes a unit as written may start with, longest first (千万 before 万): 千米, 百分点 keep their 千, 百. */
    public static final List<String> OF_UNITS = List.of("万亿", "千亿", "百亿", "千万", "百万", "亿", "万");
    /** Those and a lone 千 or 百, as a table's unit column writes them (千人, 百户), longest first. */
    public static final List<String> IN_UNIT_COLUMNS = List.of("万亿", "千亿", "百亿", "千万", "百万", "亿", "万", "千", "百");
    private static final Map<String, Double> MULTIPLIERS = Map.ofEntries(
            Map.entry("万亿", 1e12), Map.entry("千亿", 1e11), Map.entry("百亿", 1e10), Map.entry("十亿", 1e9),
            Map.entry("亿", 1e8), Map.entry("千万", 1e7), Map.entry("百万", 1e6), Map.entry("十万", 1e5),
            Map.entry("万", 1e4), Map.entry("千", 1e3), Map.entry("百", 1e2));

    private Magnitudes() {
    }

    /** What a magnitude multiplies by (万亿 → 1e12, 万 → 1e4); 1 for null or a word that is none. */
    public static double multiplier(String magnitude) {
        return magnitude == null ? 1 : MULTIPLIERS.getOrDefault(magnitude, 1.0);
    }

    /**
     * The value of a magnitude character of a number in words: 十 10, 百 100, 千 1000 (and 拾佰仟) within a section;
     * 万 and 亿 (萬億) close a section (四十五亿四千零四万). -1 for any other character.
     */
    public static long ofChar(char c) {
        switch (c) {
            case '十': case '拾': return 10;
            case '百': case '佰': return 100;
            case '千': case '仟': return 1000;
            case '万': case '萬': return 10_000;
            case '亿': case '億': return 100_000_000;
            default: return -1;
        }
    }

    /** The first magnitude of {@code table} (longest first) written at {@code at} in {@code text}, or null. */
    public static String startingAt(CharSequence text, int at, List<String> table) {
        for (String m : table) {
            if (at >= 0 && at + m.length() <= text.length() && regionMatches(text, at, m)) {
                return m;
            }
        }
        return null;
    }

    private static boolean regionMatches(CharSequence text, int from, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (text.charAt(from + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
