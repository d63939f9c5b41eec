package io.mubiao.extract.core.table;

import io.mubiao.extract.core.Units;
import io.mubiao.text.Magnitudes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a table gives the unit of a row's figures: in brackets at the end of the indicator (空气质量优良天数比率（%）),
 * in a unit column (亿元; — for none), in a column's header (年均增长（%）) or in the caption (单位：亿元).
 */
final class RowUnits {
    private static final Pattern TRAILING_BRACKET = Pattern.compile("[（(]([^（）()]{1,12})[）)]\\s*$");
    private static final Pattern CAPTION_UNIT = Pattern.compile("单位[:：]\\s*([^，,；;）)\\s]{1,12})");
    /** A unit column saying the figures have none (a PUE, an index). */
    private static final Pattern NO_UNIT = Pattern.compile("[—–\\-/／无]*");

    private RowUnits() {
    }

    /** The unit in brackets at the end of {@code text} (年均增长（%） → %), or null when the brackets hold no unit (（PUE）). */
    static String bracketedUnit(String text) {
        Matcher m = TRAILING_BRACKET.matcher(text);
        if (!m.find()) {
            return null;
        }
        String u = m.group(1).strip();
        if (u.startsWith("单位")) {
            u = u.replaceFirst("^单位[:：]?\\s*", "");
        }
        return isUnit(u) ? u : null;
    }

    /** The indicator without a bracketed unit at its end: 空气质量优良天数比率（%） → 空气质量优良天数比率. */
    static String indicator(String cell) {
        String t = cell.strip().replaceFirst("^(?:\\d{1,2}[.．、]|[（(]\\d{1,2}[）)])\\s*", "");
        Matcher m = TRAILING_BRACKET.matcher(t);
        if (m.find() && bracketedUnit(t) != null) {
            t = t.substring(0, m.start()).strip();
        }
        return t;
    }

    /** A unit column's cell: the unit, "" when it says there is none (—), null when it is no unit at all. */
    static String unitCell(String cell) {
        String u = cell.strip();
        if (NO_UNIT.matcher(u).matches()) {
            return u.isEmpty() ? null : "";
        }
        return isUnit(u) ? u : null;
    }

    /** 单位：亿元 in a caption, or null. */
    static String captionUnit(String caption) {
        if (caption == null) {
            return null;
        }
        Matcher m = CAPTION_UNIT.matcher(caption);
        return m.find() && isUnit(m.group(1)) ? m.group(1) : null;
    }

    /** A unit of the lexicon, with a magnitude in front or not (万人, 亿元, 微克/立方米, 万元/人). */
    static boolean isUnit(String u) {
        int slash = u.indexOf('/');
        if (slash < 0 || isSimpleUnit(u)) { // 微克/立方米 is one unit of the lexicon
            return isSimpleUnit(u);
        }
        return isSimpleUnit(u.substring(0, slash)) && isSimpleUnit(u.substring(slash + 1)); // 元/人, 吨/万元
    }

    /** One unit of the lexicon, with a magnitude in front or not: 人, 万人, 亿元, 立方米. */
    private static boolean isSimpleUnit(String u) {
        String rest = u;
        for (String mg : Magnitudes.IN_UNIT_COLUMNS) {
            if (rest.startsWith(mg)) {
                rest = rest.substring(mg.length());
                break;
            }
        }
        String unit = rest.isEmpty() ? null : Units.unitAt(rest, 0);
        return unit != null && unit.length() == rest.length();
    }
}
