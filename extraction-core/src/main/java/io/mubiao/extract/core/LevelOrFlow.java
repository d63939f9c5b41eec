package io.mubiao.extract.core;

/**
 * Inside a period (五年来, “十四五”时期, a plan's 2023—2025年), whether a figure is a level reached at
 * the period's end (总量达到14.2万亿元, 民营经营主体超178万户, 位居全国第三: the end year) or a flow,
 * average or streak over it (新增就业603.7万人, 年均增长6%, 稳居全国第二, 稳定在95%以上: the span).
 * SCHEMA.md: "a level reached at the end (总量达到, 增至, 突破, a current rank) is the end year; a flow,
 * average or streak over the period (年均, 累计, 新增, 建成, 稳定在, 稳居, 连续) is the span".
 */
final class LevelOrFlow {
    private LevelOrFlow() {
    }

    /**
     * @param pre      the clause text before the figure
     * @param indicator the figure's name (a list member's carries the list's verb: 新增…、义务教育学位14.7万个)
     * @param measure  the figure's measure (a share is a level unless held or repeated)
     * @param m        the figure (its text carries a rank's verb: 稳居全国第二)
     * @param text     the figure as written
     */
    static boolean isLevel(String pre, String indicator, String measure, Mention m, String text) {
        if (holds(pre) || holds(text)) {
            return false; // 稳居全国第二, 稳定在95%以上, 连续4年保持全国首位: held over the period
        }
        if ("位".equals(m.unit()) || "名".equals(m.unit())) {
            return true; // a rank reached: 升至全国第二
        }
        if (m.isCount() && ThresholdCounts.namesAClass(indicator)) {
            return true; // 8个产业规模超千亿元: how many stand above the line at the end
        }
        if ("share".equals(measure)) {
            return true; // 比重达到30%, 城镇化率65%
        }
        // 年均 right before the verb (年均增长6%) makes a yearly average; in a name (PM2.5年均浓度降至) it does not
        String near = pre.length() > 4 ? pre.substring(pre.length() - 4) : pre;
        if (near.contains("年均") || Lexicon.cues("year.flow").stream().anyMatch(pre::contains)) {
            return false; // 新增就业超690万人, 改造城镇老旧小区6470个, 累计开行1.7万列
        }
        if ("小时".equals(m.unit()) || "分钟".equals(m.unit())) {
            return true; // a travel time reached is a state at the period's end
        }
        String t = VerbTail.strip(pre);
        return Lexicon.endingAt(t, t.length(), "year.level") != null || isBareNoun(t) && Lexicon.cues("verb.any").stream().noneMatch(indicator::contains);
    }

    /**
     * A name followed by its figure with no verb between is a stock stated at the period's end
     * (综合实力稳步提升。生产总值6.66万亿元，…经营主体1160.5万户; 过江通道4座).
     */
    static boolean isBareNoun(String pre) {
        int cut = Math.max(pre.lastIndexOf('、'), Math.max(pre.lastIndexOf('，'), pre.lastIndexOf(',')));
        String name = pre.substring(cut + 1).strip();
        if (name.length() < 2 || !ClauseAnalyzer.isCjk(name.charAt(name.length() - 1)) && name.charAt(name.length() - 1) != '”') {
            return false;
        }
        return Lexicon.endingAt(name, name.length(), "indicator.trailing") == null
                && MeasureClassifier.changeVerb(name) == null
                && Lexicon.cues("verb.any").stream().noneMatch(name::contains);
    }

    private static boolean holds(String s) {
        return Lexicon.cues("year.held").stream().anyMatch(s::contains);
    }
}
