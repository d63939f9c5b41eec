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
    private static final Pattern EXPLICIT = Pattern.compile("(?<![0-9-—比较与])((?:19|20)\\d\\d)年(?![0-9]{1,2}月|度?以来)");
    private static final Pattern PLAN_NAME = Pattern.compile("(?<![比较]|[比较]“)“?十([一二三四五六七八九])五”?(?:期间|时期|末|规划期|以来)");

    private YearResolver() {
    }

    /** Scope written in the sentence itself before {@code at} (an explicit year wins over a relative word). */
    public static TimeScope local(String text, int sentenceStart, int at, Integer docYear) {
        return local(text, sentenceStart, at, docYear, null);
    }

    /** As {@link #local(String, int, int, Integer)}, with the present-tense words of a genre that speaks of its own day (目前, 现已). */
    public static TimeScope local(String text, int sentenceStart, int at, Integer docYear, String genre) {
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
            if (p.group().endsWith("末")) { // 到“十四五”末: the plan's last year
                int[] span = TimeCues.planPeriod(p.group());
                String kind = docYear == null ? "target" : span[1] < docYear ? "achievement" : "target";
                return TimeScope.year(kind, span[1]);
            }
            return TimeCues.planPeriodScope(p.group(), docYear);
        }
        TimeScope cue = TimeCues.cue(s, docYear);
        return ScopeTracker.known(cue) ? cue : PresentTense.scope(s, genre, docYear);
    }

    /**
     * @param scope  the figure's scope (local over paragraph over section), kind already decided
     * @param pre    the clause before the figure
     * @param indicator the figure's name
     * @param figure the figure as written (a rank's verb is part of it: 稳居全国第二)
     * @param docYear the document's year, the end of a change from a base when no scope gives one
     */
    public static String resolve(TimeScope scope, String pre, String indicator, String measure, Mention m, String figure, Integer docYear) {
        Integer base = BaseYear.find(pre);
        if (base != null) { // 较2020年下降25% in a review of 2021-2025: 2020-2025
            String span = BaseYear.span(base, scope.to() != null ? scope.to() : docYear);
            if (span != null) {
                return span;
            }
        }
        Integer from = scope.from();
        Integer to = scope.to();
        if (from == null) {
            return null;
        }
        if (m.spanYears() > 0 && !scope.isSpan()) {
            return (to - m.spanYears() + 1) + "-" + to; // 连续3年 in a one-year scope
        }
        if (scope.isSpan() && "achievement".equals(scope.kind()) && LevelOrFlow.isLevel(pre, indicator, measure, m, figure)) {
            return String.valueOf(to);
        }
        return scope.yearText();
    }
}
