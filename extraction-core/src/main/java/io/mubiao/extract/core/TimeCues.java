package io.mubiao.extract.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that place a passage in time relative to the document's year: 五年来/过去五年 (the five
 * years before it), 过去一年/一年来/去年, 今年/年内, 今后五年/未来五年, 一季度, explicit years and
 * five-year plan names (十四五 → 2021-2025). Used for headings, paragraph openings and clauses.
 */
public final class TimeCues {
    /** 这是经济实力持续提升的五年 / 经过五年接续奋斗 open a five-year review's paragraphs as 五年来 does. */
    private static final Pattern FIVE_PAST = Pattern.compile("过去五年|五年来|近五年|本届政府|这五年|过去的五年|经过五年|这是[^。！；]*的五年");
    private static final Pattern ONE_PAST = Pattern.compile("过去一年|一年来|去年|上一年|上年度");
    private static final Pattern SO_FAR = Pattern.compile("今年以来|年初以来|一季度|第一季度|上半年|前三季度|1-\\d月|前\\d个月");
    private static final Pattern THIS_YEAR = Pattern.compile("今年|年内|本年度|明年");
    private static final Pattern FIVE_AHEAD = Pattern.compile("今后五年|未来五年|五年内");
    private static final Pattern PLAN = Pattern.compile("十([一二三四五六七八九])五");
    /** A five-year plan's period named as a time (“十四五”时期, 十四五以来, 十五五期间), not a plan's title (十四五规划). */
    /** A plan period named as a time; not one named as a base (较“十三五”时期增长148%: a comparison, no scope). */
    private static final Pattern PLAN_PERIOD = Pattern.compile("(?<![比较]|[比较]“)“?十([一二三四五六七八九])五”?(?:时期|期间|以来)");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)\\d\\d)年?(?:工作)?(回顾|安排|计划|目标|展望)|(?<![0-9-比较与])((?:19|20)\\d\\d)年(?![0-9]*月)");
    /** A horizon a plan sets for what follows (到2025年，…; 力争到2027年，): it carries on to the next sentences. */
    private static final Pattern HORIZON = Pattern.compile("(?:到|至)((?:19|20)\\d\\d)年(?:底|末)?[，,：:]");
    private static final Pattern REVIEW_WORDS = Pattern.compile("回顾|成就|成绩|成效|取得");
    private static final Pattern PLAN_WORDS = Pattern.compile("安排|目标|任务|计划|规划|展望|部署|思路|要求|建议");

    private TimeCues() {
    }

    /** The plan period a five-year-plan name denotes: 十四五 → {2021, 2025}. */
    public static int[] planPeriod(String name) {
        Matcher m = PLAN.matcher(name);
        if (!m.find()) {
            return null;
        }
        int n = Numerals.chineseDigit(m.group(1).charAt(0));
        int start = 2006 + 5 * (n - 1);
        return new int[] {start, start + 4};
    }

    /**
     * The scope of a plan period named as a time: “十四五”时期 in a 2026 report is the five years it
     * reviews (achievement, 2021-2025); “十五五”时期 is the period it plans (target, 2026-2030).
     */
    static TimeScope planPeriodScope(String name, Integer docYear) {
        int[] span = planPeriod(name);
        if (span == null) {
            return TimeScope.NONE;
        }
        String kind = docYear == null ? null : span[1] < docYear ? "achievement" : span[0] >= docYear ? "target" : null;
        return new TimeScope(kind, span[0], span[1]);
    }

    /** A heading's scope: its year, and review vs plan by its words. */
    public static TimeScope heading(String title, Integer docYear) {
        TimeScope s = cue(title, docYear);
        String kind = s.kind();
        if (kind == null) {
            if (REVIEW_WORDS.matcher(title).find()) {
                kind = "achievement";
            } else if (PLAN_WORDS.matcher(title).find()) {
                kind = "target";
            }
        }
        return new TimeScope(kind, s.from(), s.to());
    }

    /**
     * Like {@link #cue} but without bare years: the relative words that carry on to the next sentences,
     * and a plan's horizon (到2025年，主要粮食作物…。…建成5-8个示范基地: both for 2025).
     */
    public static TimeScope relative(String s, Integer docYear) {
        return cue(s, docYear, false);
    }

    /** True when the first cue of {@code s} is a part of a year so far (一季度, 今年以来): it holds for its paragraph only. */
    public static boolean isShortRun(String s) {
        Matcher m = SO_FAR.matcher(s);
        if (!m.find()) {
            return false;
        }
        int at = m.start();
        for (Pattern p : new Pattern[] {FIVE_PAST, ONE_PAST, FIVE_AHEAD, YEAR}) {
            Matcher o = p.matcher(s);
            if (o.find() && o.start() < at) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasYearDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    public static TimeScope cue(String s, Integer docYear) {
        return cue(s, docYear, true);
    }

    /**
     * The scope a piece of text opens with: the first time cue in it. Five-year and one-year cues come
     * before explicit years so that 过去五年及2022年 reads as the five-year review it opens.
     */
    static TimeScope cue(String s, Integer docYear, boolean years) {
        if (s.indexOf('年') < 0 && s.indexOf('季') < 0 && s.indexOf('届') < 0 && s.indexOf('月') < 0 && s.indexOf('五') < 0
                && !hasYearDigits(s)) {
            return TimeScope.NONE; // every cue names a year (2025工作安排), a quarter, a month, a term or a plan period (十四五时期)
        }
        Matcher m;
        int best = Integer.MAX_VALUE;
        TimeScope found = TimeScope.NONE;
        if ((m = FIVE_AHEAD.matcher(s)).find() && m.start() < best) {
            best = m.start();
            found = docYear == null ? new TimeScope("target", null, null) : new TimeScope("target", docYear, docYear + 4);
        }
        if ((m = FIVE_PAST.matcher(s)).find() && m.start() < best) {
            best = m.start();
            found = docYear == null ? new TimeScope("achievement", null, null) : new TimeScope("achievement", docYear - 5, docYear - 1);
        }
        if ((m = SO_FAR.matcher(s)).find() && m.start() < best) {
            best = m.start();
            found = TimeScope.year("achievement", docYear);
        }
        if ((m = ONE_PAST.matcher(s)).find() && m.start() < best) {
            best = m.start();
            found = TimeScope.year("achievement", docYear == null ? null : docYear - 1);
        }
        if ((m = THIS_YEAR.matcher(s)).find() && m.start() < best && !s.startsWith("以来", m.end())) {
            best = m.start();
            int y = docYear == null ? 0 : "明年".equals(m.group()) ? docYear + 1 : docYear;
            found = TimeScope.year("target", docYear == null ? null : y);
        }
        if ((m = PLAN_PERIOD.matcher(s)).find() && m.start() < best) {
            best = m.start();
            found = planPeriodScope(m.group(), docYear);
        }
        if (!years && (m = HORIZON.matcher(s)).find() && m.start() < best) {
            best = m.start();
            int y = Integer.parseInt(m.group(1));
            found = TimeScope.year(docYear == null || y >= docYear ? "target" : "achievement", y);
        }
        if (years && (m = YEAR.matcher(s)).find() && m.start() < best) {
            int y = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            String kind = null;
            if (m.group(2) != null) {
                kind = "回顾".equals(m.group(2)) ? "achievement" : "target";
            } else if (docYear != null) {
                kind = y < docYear ? "achievement" : "target";
            }
            found = TimeScope.year(kind, y);
        }
        return found;
    }
}
