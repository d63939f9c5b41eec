package io.mubiao.extract.core.table;

import io.mubiao.extract.core.Comparators;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The figure a table cell states, or none: 1250, ≥2.8, 5左右, 3.5以上, ≤1.3, [7] (a total over the plan period),
 * 6.5%. A cell that is not a number alone gives none: —, 与经济增长同步, 高于全国平均水平, 2020年.
 *
 * @param value      the number as written (unsigned unless written with a minus)
 * @param unit       the unit written in the cell (6.5% → %), or null
 * @param comparator approx, at_least, at_most or exact, from the words around the number ({@link Comparators})
 * @param cumulative true for a bracketed cell ([6]): a total over the period
 */
record CellValue(double value, String unit, String comparator, boolean cumulative) {
    private static final Pattern CELL = Pattern.compile(
            "(?<pre>" + alternation(Comparators.qualifiersBefore()) + ")?\\s*"
                    + "(?<open>[\\[［【〔])?\\s*(?<num>[-−－]?\\d+(?:[.．]\\d+)?)\\s*(?<close>[\\]］】〕])?\\s*"
                    + "(?<unit>%|％|‰|[\\p{IsHan}a-zA-Z/²³]{1,6}?)??\\s*(?<post>"
                    + alternation(Comparators.qualifiersAfter()) + ")?");

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
        return new CellValue(Double.parseDouble(num), unit, Comparators.ofQualifiers(m.group("pre"), m.group("post")),
                m.group("open") != null);
    }

    /** The words as alternatives of a pattern, longest first so the longest wins. */
    private static String alternation(List<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
