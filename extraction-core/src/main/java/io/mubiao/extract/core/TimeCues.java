package io.mubiao.extract.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that place a passage in time relative to the document's year: 五年来/过去五年 (the five
 * years before it), 过去一年/一年来/去年, 今年/年内, 今后五年/未来五年, 一季度, explicit years and
 * five-year plan names (十四五 → 2021-2025). Used for headings, paragraph openings and clauses.
 */
public final class TimeCues {
    private static final Pattern FIVE_PAST = Pattern.compile("过去五年|五年来|近五年|本届政府");
    private static final Pattern ONE_PAST = Pattern.compile("过去一年|一年来|去年|上一年|上年度");
    private static final Pattern SO_FAR = Pattern.compile("今年以来|年初以来|一季度|第一季度|上半年|前三季度|1-\\d月|前\\d个月");
    private static final Pattern THIS_YEAR = Pattern.compile("今年|年内|本年度|明年");
    private static final Pattern FIVE_AHEAD = Pattern.compile("今后五年|未来五年|五年内");
    private static final Pattern PLAN = Pattern.compile("十([一二三四五六七八九])五");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)\\d\\d)年?(?:工作)?(回顾|安排|计划|目标|展望)|(?<![0-9-])((?:19|20)\\d\\d)年(?![0-9]*月)");
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
        int n = NumberParser.chineseDigit(m.group(1).charAt(0));
        int start = 2006 + 5 * (n - 1);
        return new int[] {start, start + 4};
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

    /** Like {@link #cue} but without explicit years: the relative words that carry on to the next sentences. */
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
        if (s.indexOf('年') < 0 && s.indexOf('季') < 0 && s.indexOf('届') < 0 && s.indexOf('月') < 0 && !hasYearDigits(s)) {
            return TimeScope.NONE; // every cue names a year (2025工作安排), a quarter, a month or a term
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
