package io.mubiao.extract.core;

import java.util.regex.Pattern;

/**
 * Turns the text of a clause around a figure into the indicator's name: the time phrase, scope words
 * and generic work verbs at its start and the verb chain before the number are cut
 * (全市地区生产总值预计增长 → 地区生产总值); a noun after a counted figure is kept
 * (新建730处健身场地设施 → 新建健身场地设施).
 */
public final class IndicatorPhrases {
    /** A year, a plan period or a run of years (5年增长18.7%: the growth over five years) opening the clause. */
    private static final Pattern LEADING_TIME = Pattern.compile(
            "^(?:(?:到|至|在|于|截至)?(?:19|20)\\d\\d年(?:底|末|前)?|到“?十[一二三四五六七八九]五”?末|“?十[一二三四五六七八九]五”?(?:期间|时期)"
            + "|(?:近|这)?[1-9一二三四五六七八九十]年(?:来|间)?)[，,]?");

    /** A base the change is measured from is not part of the name: PM2.5年均浓度较2020年(下降25%), 优良天数比2020年, 较“十三五”末改善. */
    private static final Pattern TRAILING_BASE = Pattern.compile(
            "(?:比|较|相比|相较|与|同)“?(?:(?:19|20)\\d\\d年(?:末|底|同期)?|十[一二三四五六七八九]五”?末|上年(?:同期)?|去年(?:同期)?)(?:相比)?(?:改善)?$");
    /** The base value of a 从A增长到B is not the name: 从2020年的… → the indicator after it. */
    private static final Pattern LEADING_FROM = Pattern.compile("^(?:从|由)(?:(?:19|20)\\d\\d年(?:底|末)?的?)");

    /**
     * A streak or run of years says how long, not what: 区域创新能力连续9年(全国第一), 内河港口吞吐量5年(增长1.6倍); a
     * duration in words stays (再延长三十年整镇试点 names the programme).
     */
    private static final Pattern TRAILING_STREAK = Pattern.compile("(?:连续[0-9０-９一二三四五六七八九十]+|(?<![0-9０-９])[1-9])年$");
    /** A base year with nothing after it (城镇化率由2020年的 before the base figure). */
    private static final Pattern BASE_YEAR = Pattern.compile("(?:(?:19|20)\\d\\d年(?:底|末)?的?)?");
    /** What is left of 从A拓展到B before B once the base figure is cut out: a short verb ending in 到/至/为. */
    private static final Pattern CHANGE_VERB = Pattern.compile("[^，,；。、0-9]{1,4}(?:到|至|为)");
    /** The base figure right after 从/由, its year and scope: a digit, a rank word or a numeral (从80.2岁, 由全国第12位, 从八成). */
    private static final Pattern BASE_FIGURE = Pattern.compile("[0-9０-９第一二三四五六七八九十两]");

    private IndicatorPhrases() {
    }

    /** The indicator named by {@code pre} (the clause before the figure) and {@code post} (a noun after a count). */
    public static String name(String pre, String post) {
        String core = core(pre);
        // the base of a change names no object: 全市生产总值从4.16万亿元|增加到 …
        String tail = post == null || isBase(pre) ? "" : trimPost(post);
        return (core + tail).strip();
    }

    /** Like {@link #core(String)} but may strip a verb-only text to nothing (实施24项… → the count's noun names it). */
    public static String coreAllowEmpty(String pre) {
        String t = core(pre);
        String lead = Lexicon.startingAt(t, 0, "indicator.leading");
        if (lead != null && lead.length() == t.length()) {
            return "";
        }
        String trail = Lexicon.endingAt(t, t.length(), "indicator.trailing");
        return trail != null && trail.length() == t.length() ? "" : t;
    }

    /** {@code pre} without its leading time/scope words and its trailing verb chain. */
    public static String core(String pre) {
        String t = pre.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            String t2 = LEADING_FROM.matcher(LEADING_TIME.matcher(t).replaceFirst("")).replaceFirst("");
            if (!t2.equals(t)) {
                t = t2;
                changed = true;
            }
            String lead = Lexicon.startingAt(t, 0, "indicator.leading");
            if (lead != null && t.length() > lead.length() + 1) {
                t = t.substring(lead.length());
                changed = true;
            }
            while (!t.isEmpty() && isSeparator(t.charAt(0))) {
                t = t.substring(1);
                changed = true;
            }
        }
        t = withoutBase(t); // before the trailing words go: 从|拓展到 is seen whole here (CHANGE_VERB)
        changed = true;
        while (changed) {
            changed = false;
            String trail = Lexicon.endingAt(t, t.length(), "indicator.trailing");
            if (trail != null && t.length() > trail.length()) {
                t = t.substring(0, t.length() - trail.length());
                changed = true;
            }
            // 生产总值从|4.16万亿元|增加到: the base is seen once the base figure and the verb are cut
            String t3 = withoutBase(TRAILING_STREAK.matcher(TRAILING_BASE.matcher(t).replaceFirst("")).replaceFirst(""));
            if (!t3.equals(t)) {
                t = t3;
                changed = true;
            }
            while (!t.isEmpty() && isSeparator(t.charAt(t.length() - 1))) {
                t = t.substring(0, t.length() - 1);
                changed = true;
            }
        }
        return t;
    }

    /**
     * A change from a named base is not part of the name (SCHEMA: 从A增长到B gives two figures of one indicator):
     * 人均预期寿命从80.2岁提升至 → 人均预期寿命, 城镇化率由2020年的 → 城镇化率, and a rank's base keeps its scope:
     * 规上工业企业营收从全国第12位跃升至 → 规上工业企业营收全国排名. Only a 从/由 followed by a base year alone or by a
     * figure counts, so 从业人员 and 由政府主导 stay as written.
     */
    static String withoutBase(String t) {
        int i = Math.max(t.lastIndexOf('从'), t.lastIndexOf('由'));
        if (i < 2) {
            return t;
        }
        String rest = t.substring(i + 1);
        java.util.regex.Matcher year = BASE_YEAR.matcher(rest);
        int at = year.lookingAt() ? year.end() : 0;
        String scope = RankIndicator.scopeAt(rest, at);
        int figureAt = scope == null ? at : at + scope.length();
        if (at < rest.length() && !BASE_FIGURE.matcher(rest).region(figureAt, rest.length()).lookingAt()
                && !CHANGE_VERB.matcher(rest).matches()) {
            return t; // 从业人员比“四经普”: the 从 of a word
        }
        String subject = t.substring(0, i);
        return scope == null ? subject : RankIndicator.named(subject, scope);
    }

    /** The text before a base figure: …从, …由2020年的. */
    static boolean isBase(String pre) {
        String t = pre.strip();
        int i = Math.max(t.lastIndexOf('从'), t.lastIndexOf('由'));
        return i >= 2 && BASE_YEAR.matcher(t.substring(i + 1)).matches();
    }

    private static String trimPost(String post) {
        String t = post.strip();
        while (!t.isEmpty() && isSeparator(t.charAt(t.length() - 1))) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    static boolean isSeparator(char c) {
        return c == '、' || c == '，' || c == ',' || c == '：' || c == ':' || c == ' ' || c == '\u3000' || c == '；' || c == '。';
    }
}
