package io.mubiao.extract.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a figure refers to. In order: a year written in the same sentence before the figure
 * (到2025年, 2022年全市…), a time word in that sentence (今年, 一季度, 五年来), then the scope of
 * the paragraph and section it stands in. In a multi-year review a level reached (达到, 突破, 增至,
 * a share, a rank) is the last year's; a flow (新增, 累计, 年均增长) covers the whole span.
 */
public final class YearResolver {
    private static final Pattern EXPLICIT = Pattern.compile("(?<![0-9-—])((?:19|20)\\d\\d)年(?![0-9]{1,2}月|度?以来)");
    private static final Pattern PLAN_NAME = Pattern.compile("“?十([一二三四五六七八九])五”?(?:期间|时期|末|规划期)");
    private static final String[] LEVEL_VERBS = {"达到", "达", "突破", "增至", "增到", "降至", "降到", "升至", "提高到", "提升到", "超过", "稳居", "位居", "跃升", "保持在", "占"};

    private YearResolver() {
    }

    /** Scope written in the sentence itself before {@code at} (an explicit year wins over a relative word). */
    public static TimeScope local(String text, int sentenceStart, int at, Integer docYear) {
        String s = text.substring(sentenceStart, at);
        Matcher m = EXPLICIT.matcher(s);
        Integer year = null;
        while (m.find()) {
            year = Integer.parseInt(m.group(1));
        }
        if (year != null) {
            String kind = docYear == null ? null : year < docYear ? "achievement" : year > docYear ? "target" : null;
            return TimeScope.year(kind, year);
        }
        Matcher p = PLAN_NAME.matcher(s);
        if (p.find()) {
            int[] span = TimeCues.planPeriod(p.group());
            if (span != null) {
                boolean end = p.group().endsWith("末");
                return new TimeScope("target", end ? span[1] : span[0], span[1]);
            }
        }
        return TimeCues.cue(s, docYear);
    }

    /**
     * @param scope  the figure's scope (local over paragraph over section), kind already decided
     * @param pre    the clause before the figure
     */
    public static String resolve(TimeScope scope, String pre, String measure, Mention m) {
        Integer from = scope.from();
        Integer to = scope.to();
        if (from == null) {
            return null;
        }
        if (m.spanYears() > 0) {
            return (to - m.spanYears() + 1) + "-" + to;
        }
        if (scope.isSpan() && "achievement".equals(scope.kind()) && isLevel(pre, measure, m)) {
            return String.valueOf(to);
        }
        return scope.yearText();
    }

    /** A level reached at the end of a period rather than a flow during it. */
    static boolean isLevel(String pre, String measure, Mention m) {
        if ("share".equals(measure) && !pre.contains("每年") && !pre.contains("连年")) {
            return true;
        }
        if ("at_most".equals(m.comparator()) && ("位".equals(m.unit()) || "名".equals(m.unit())) || "位".equals(m.unit())) {
            return true;
        }
        String near = pre.length() > 6 ? pre.substring(pre.length() - 6) : pre;
        if (near.contains("年均") || pre.contains("累计") || pre.contains("每年") || pre.contains("连年")) {
            return false; // a yearly or cumulative flow covers the whole period
        }
        if ("小时".equals(m.unit()) || "分钟".equals(m.unit())) {
            return true; // a travel time reached is a state at the period's end
        }
        String t = VerbTail.strip(pre);
        for (String v : LEVEL_VERBS) {
            if (t.endsWith(v)) {
                return true;
            }
        }
        return false;
    }
}
