package io.mubiao.extract.core;

/**
 * The sign of a change: -1 when the verb before it points down (下降7.3%, 压减30万吨, 缩短2天,
 * 降幅超20%, PM2.5浓度改善16.5%), else 1. Levels and amounts are never signed (降至38微克 is a level).
 * The down and up verbs are the lists {@code verb.change.down} and {@code verb.change.up} of cues.txt.
 */
final class Signs {
    private Signs() {
    }

    static int of(String pre, String measure) {
        if (!"rate".equals(measure) && !"delta".equals(measure)) {
            return 1;
        }
        String t = ChangeLink.strip(VerbTail.strip(pre));
        String v = MeasureClassifier.changeVerb(t);
        if (v == null || v.equals("低于")) {
            return 1; // 低于全国平均: a comparison, not a fall
        }
        String down = Lexicon.endingAt(t, t.length(), "verb.change.down");
        String up = Lexicon.endingAt(t, t.length(), "verb.change.up");
        return down != null && (up == null || down.length() >= up.length()) ? -1 : 1;
    }
}
