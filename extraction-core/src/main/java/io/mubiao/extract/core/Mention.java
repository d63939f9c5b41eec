package io.mubiao.extract.core;

/**
 * A figure found in the text, before it is tied to an indicator: the number, its unit as written
 * and whatever qualifier sits right next to it.
 *
 * @param start            offset of the first character of the figure (a verb-free start: the number, or 前/第 of a rank)
 * @param end              offset after the unit and any trailing qualifier (以上, 左右 …)
 * @param numberEnd        offset after the unit (before the trailing qualifier)
 * @param value            the number in {@link #unit()} (lower bound of a range)
 * @param valueMax         upper bound of a range, else null
 * @param unit             the unit as written with its magnitude: 万亩, %, 亿元
 * @param comparator       the comparator the figure itself carries (300余家, 38以下, 前20名), or null
 * @param measure          a measure the figure itself fixes (两位数增长 → rate), or null
 * @param spanYears        for 连续三年: the number of years the figure covers, else 0
 */
public record Mention(int start, int end, int numberEnd, double value, Double valueMax, String unit,
                      String comparator, String measure, int spanYears) {

    public String baseUnit() {
        return Units.baseUnit(unit);
    }

    /** A counted thing (个, 家, 项 …) rather than a measured quantity or a ratio. */
    public boolean isCount() {
        return Units.isCount(Units.unitHead(baseUnit()));
    }

    public boolean isPercentLike() {
        String b = baseUnit();
        return "%".equals(b) || "个百分点".equals(b) || "百分点".equals(b) || "‰".equals(b);
    }

    Mention withComparator(String c) {
        return new Mention(start, end, numberEnd, value, valueMax, unit, c, measure, spanYears);
    }
}
