package io.mubiao.extract.core;

/**
 * When a number written in words (not digits) is a figure. Chinese writes slogans, lists and names with numerals
 * (两个维护, 三条主线, 十项行动, 第十), so a number in words needs more than a unit to be one.
 */
final class NumbersInWords {
    private NumbersInWords() {
    }

    /**
     * Where a number in words may be a figure: not an ordinal (第十), not a rate's base (每万人), not the
     * start of a quoted or titled name (“十项行动”, 《…》); without a digit (千亿元, 万元) only after a
     * word that states a level (超千亿元, 突破万亿元, 人均收入超万元) or as a round lower bound (千余家).
     */
    static boolean mayStart(String text, int from, int start, NumberParser.Reading r) {
        char before = start > from ? text.charAt(start - 1) : ' ';
        if (before == '第' || before == '每' || before == '届' || before == '《' || before == '「') {
            return false; // 第十, 每万人, 十一届十次
        }
        if (r.bare() && !r.approx()) {
            return NumberWords.endingAt(text, from, start, "bare.before") != null;
        }
        return true;
    }

    /**
     * Numbers in words with their unit: measures, percentages and multiples are figures at any size
     * (二元, 两倍, 三成); a count in words is a figure from ten up (一百零二所, 十二万人, 千余家): below
     * ten it is a list's or a slogan's (两个维护, 三条主线, 一批); a count closed by a quote mark or followed
     * by a name word is part of a name (“新二十条”, 十项行动, 十个方面); 二元结构 is a term.
     */
    static boolean areFigure(String text, int unitEnd, String unit, NumberParser.Reading r) {
        if (unitEnd < text.length() && (text.charAt(unitEnd) == '”' || text.charAt(unitEnd) == '》' || text.charAt(unitEnd) == '"')) {
            return false;
        }
        if (NumberWords.startingAt(text, unitEnd, "term.tail") != null) {
            return false;
        }
        String category = Units.category(unit);
        if ("count".equals(category) && !"倍".equals(unit)) {
            return (r.value() >= 10 || r.approx()) && NumberWords.startingAt(text, unitEnd, "count.name") == null;
        }
        if ("time".equals(category)) {
            return r.value() != 1;
        }
        return true;
    }
}
