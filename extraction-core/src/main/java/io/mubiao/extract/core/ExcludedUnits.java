package io.mubiao.extract.core;

/**
 * Units that make a number a date, an age, a duration, a size class or an ordinal of meetings rather than a
 * figure: 2025年, 三年行动, 连续5年 (a number of years is never a figure, shared/eval/SCHEMA.md), 3岁以下婴幼儿 (an
 * age is a figure only where it closes the clause: 人均预期寿命达到82.58岁), 25兆瓦级风电轴承, 第十二次代表大会,
 * 列入, 发展, 3个月, 30天内.
 */
final class ExcludedUnits {
    private ExcludedUnits() {
    }

    /** Whether the number whose unit head is {@code unit}, ending at {@code unitEnd}, is not a figure. */
    static boolean excluded(String text, int unitEnd, String unit, int to) {
        String next2 = text.substring(Math.min(unitEnd, text.length()), Math.min(unitEnd + 3, text.length()));
        if (next2.startsWith("级")) {
            return true;
        }
        switch (unit) {
            case "岁":
                return !NumberFigure.clauseEnds(text, unitEnd, to);
            case "列":
                return next2.startsWith("入") || next2.startsWith("为") || next2.startsWith("出") || next2.startsWith("表");
            case "发":
                return !next2.isEmpty() && "展布放行明生出挥起力表现动扬".indexOf(next2.charAt(0)) >= 0;
            case "年":
                return true; // years, 三年行动, durations (连续5年, 5年来, 历时12年)
            case "个":
                return next2.startsWith("月") || next2.startsWith("工作日");
            case "次":
                return next2.startsWith("会") || next2.startsWith("全") || next2.startsWith("代表") || next2.startsWith("党代");
            case "位":
                return next2.startsWith("数");
            case "天":
                return next2.startsWith("内") || next2.startsWith("以内");
            default:
                return false;
        }
    }
}
