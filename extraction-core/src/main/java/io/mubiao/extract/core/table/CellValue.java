package io.mubiao.extract.core.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figure a table cell states, or none: 1250, ≥2.8, 5左右, 3.5以上, ≤1.3, [7] (a total over the plan period),
 * 6.5%. A cell that is not a number alone gives none: —, 与经济增长同步, 高于全国平均水平, 2020年.
 *
 * @param value      the number as written (unsigned unless written with a minus)
 * @param unit       the unit written in the cell (6.5% → %), or null
 * @param comparator approx, at_least, at_most or exact
 * @param cumulative true for a bracketed cell ([6]): a total over the period
 */
record CellValue(double value, String unit, String comparator, boolean cumulative) {
    private static final Pattern CELL = Pattern.compile(
            "(?<pre>≥|≧|>=|>|＞|≤|≦|<=|<|＜|不低于|不少于|不高于|不超过|约)?\\s*"
                    + "(?<open>[\\[［【〔])?\\s*(?<num>[-−－]?\\d+(?:[.．]\\d+)?)\\s*(?<close>[\\]］】〕])?\\s*"
                    + "(?<unit>%|％|‰|[\\p{IsHan}a-zA-Z/²³]{1,6}?)??\\s*(?<post>以上|左右|以内|以下)?");

    static CellValue parse(String cell) {
        String s = cell.strip();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = CELL.matcher(s);
        if (!m.matches() || (m.group("open") == null) != (m.group("close") == null)) {
            return null;
        }
        String unit = m.group("unit");
        if (unit != null && (unit.startsWith("年") || unit.startsWith("月") || unit.startsWith("日"))
                || unit != null && !unit.equals("%") && !unit.equals("％") && !unit.equals("‰") && !RowUnits.isUnit(unit)) {
            return null; // 2020年 (a date), 5G基站 (a name): no figure
        }
        String num = m.group("num").replace('．', '.').replace('−', '-').replace('－', '-');
        return new CellValue(Double.parseDouble(num), unit, comparator(m.group("pre"), m.group("post")),
                m.group("open") != null);
    }

    private static String comparator(String pre, String post) {
        String w = pre != null ? pre : post != null ? post : "";
        return switch (w) {
            case "≥", "≧", ">=", ">", "＞", "不低于", "不少于", "以上" -> "at_least";
            case "≤", "≦", "<=", "<", "＜", "不高于", "不超过", "以内", "以下" -> "at_most";
            case "约", "左右" -> "approx";
            default -> "exact";
        };
    }
}
