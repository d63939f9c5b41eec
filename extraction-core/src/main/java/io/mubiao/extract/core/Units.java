package io.mubiao.extract.core;

import io.mubiao.text.Magnitudes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Units and multipliers: which unit a figure carries (longest match from {@code extraction/units.txt}),
 * the magnitudes written in front of it (万, 亿, 万亿) and the figure in a base unit
 * (2.26万亩 → 22600 亩, 三成 → 30 %).
 */
public final class Units {
    /** Magnitudes as written between a number and its unit, longest first. */

    private static final List<String> ALL;
    private static final Map<String, String> CATEGORY = new HashMap<>();
    private static final Map<Character, List<String>> BY_FIRST = new HashMap<>();

    static {
        Map<String, List<String>> byCategory = Lexicon.load("units.txt");
        List<String> all = new ArrayList<>();
        byCategory.forEach((cat, units) -> units.forEach(u -> {
            all.add(u);
            CATEGORY.put(u, cat);
        }));
        all.sort(Comparator.comparingInt(String::length).reversed());
        ALL = List.copyOf(all);
        for (String u : ALL) {
            BY_FIRST.computeIfAbsent(u.charAt(0), k -> new ArrayList<>()).add(u);
        }
    }

    private Units() {
    }

    /** Longest unit of the table starting at {@code at}, or null. */
    public static String unitAt(CharSequence text, int at) {
        if (at >= text.length()) {
            return null;
        }
        List<String> candidates = BY_FIRST.get(text.charAt(at));
        if (candidates == null) {
            return null;
        }
        for (String u : candidates) {
            if (at + u.length() <= text.length() && Lexicon.regionMatches(text, at, u)) {
                return u;
            }
        }
        return null;
    }

    /** Longest magnitude (万亿, 亿, 万 …) starting at {@code at}, or null. */
    public static String magnitudeAt(CharSequence text, int at) {
        return Magnitudes.startingAt(text, at, Magnitudes.OF_UNITS);
    }

    /** What a magnitude multiplies by (万亿 → 1e12); 1 for none. */
    public static double multiplier(String magnitude) {
        return Magnitudes.multiplier(magnitude);
    }

    /** percent, point, tenth, count, measure, time … or null for an unknown unit. */
    public static String category(String baseUnit) {
        return CATEGORY.get(baseUnit);
    }

    public static boolean isPercent(String baseUnit) {
        return "%".equals(baseUnit) || "％".equals(baseUnit);
    }

    public static boolean isCount(String baseUnit) {
        return "count".equals(category(baseUnit));
    }

    /**
     * The base unit of a unit as written: its magnitude stripped; 成, ％, ‰ and the empty unit of a
     * fraction (三分之一 → 0.3333) read as %.
     */
    public static String baseUnit(String unit) {
        String u = strip(unit);
        if ("成".equals(u) || "％".equals(u) || "‰".equals(u) || "".equals(u)) {
            return "%";
        }
        return u;
    }

    /** The value in {@link #baseUnit(String)}: 2.26 万亩 → 22600, 7 成 → 70, 3 ‰ → 0.3, 0.75 (a fraction) → 75. */
    public static double normalize(double value, String unit) {
        String m = magnitudeOf(unit);
        BigDecimal v = BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(multiplier(m)));
        String u = strip(unit);
        if ("成".equals(u)) {
            v = v.scaleByPowerOfTen(1);
        } else if ("‰".equals(u)) {
            v = v.scaleByPowerOfTen(-1);
        } else if ("".equals(u)) {
            v = v.scaleByPowerOfTen(2);
        }
        return v.doubleValue();
    }

    /** The magnitude a unit as written starts with, when the rest is a unit of the table. */
    static String magnitudeOf(String unit) {
        if (unit == null) {
            return null;
        }
        for (String m : Magnitudes.OF_UNITS) {
            if (unit.startsWith(m) && unit.length() > m.length() && CATEGORY.containsKey(numerator(unitHead(unit.substring(m.length()))))) {
                return m;
            }
        }
        return null;
    }

    static String strip(String unit) {
        if (unit == null) {
            return null;
        }
        String m = magnitudeOf(unit);
        return m == null ? unit : unit.substring(m.length());
    }

    /** The unit above the bar of a compound unit (万元/人 → 万元; 微克/立方米 is a unit of the table). */
    static String numerator(String unit) {
        int slash = unit.indexOf('/');
        return slash > 0 && !CATEGORY.containsKey(unit) ? unit.substring(0, slash) : unit;
    }

    /** A unit without a trailing parenthesised qualifier: 套（间） → 套. */
    static String unitHead(String unit) {
        int p = unit.indexOf('（');
        if (p < 0) {
            p = unit.indexOf('(');
        }
        return p > 0 ? unit.substring(0, p) : unit;
    }
}
