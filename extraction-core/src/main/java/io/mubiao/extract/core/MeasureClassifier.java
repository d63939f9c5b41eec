package io.mubiao.extract.core;

import java.util.regex.Pattern;

/**
 * amount, rate, share or delta. A percentage after a change verb is a rate (增长5%), otherwise a
 * level, i.e. a share (比重23%, 失业率5.5%); percentage points are a delta; a count or quantity
 * right after a change verb is a delta (增加36天), otherwise an amount. Change verbs followed by
 * 到/至 state a level (提高到3%).
 */
public final class MeasureClassifier {
    private static final Pattern RATE_NAME = Pattern.compile("增速|增幅|涨幅|增长率|降幅|增长$");

    private MeasureClassifier() {
    }

    public static String classify(String pre, String indicator, Mention m) {
        if (m.measure() != null) {
            return m.measure();
        }
        String base = m.baseUnit();
        if ("个百分点".equals(base) || "百分点".equals(base)) {
            return "delta";
        }
        String verb = changeVerb(pre);
        if ("倍".equals(base) && verb != null) {
            return "rate"; // SCHEMA: 增长3倍 is a rate of 3 倍
        }
        if (m.isPercentLike()) {
            if (verb != null || (indicator != null && RATE_NAME.matcher(indicator).find())) {
                return "rate";
            }
            return "share";
        }
        return VerbTail.endingWith(pre, "verb.delta") != null && verb != null ? "delta" : "amount";
    }

    /** The change verb immediately before the figure (增长, 下降 …), or null (新增 is a count, not a change). */
    static String changeVerb(String pre) {
        String t = ChangeLink.strip(VerbTail.strip(pre)); // 能耗累计下降|超14%: the verb is before the link
        String up = Lexicon.endingAt(t, t.length(), "verb.change.up");
        String down = Lexicon.endingAt(t, t.length(), "verb.change.down");
        String v = up == null ? down : down == null ? up : (up.length() >= down.length() ? up : down);
        if (v == null) {
            return null;
        }
        int before = t.length() - v.length() - 1;
        if (v.length() == 1 && before >= 0 && (t.charAt(before) == '新' || t.charAt(before) == '递')) {
            return null;
        }
        return v;
    }
}
