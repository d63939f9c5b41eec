package io.mubiao.extract.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A count of things whose level passes a round threshold: 8个产业规模超千亿元, 191家工业企业营业收入超百亿元. The
 * threshold, written without a digit, names the class being counted; the count is the figure (SCHEMA gold:
 * 8 个, 规模超千亿元产业) and the threshold is none. Without a count before it the threshold is the figure
 * (生物医药产值超千亿元 → 1000 亿元, at_least).
 */
final class ThresholdCounts {
    /** What joins the counted thing to its threshold: 规模|超, 营业收入|突破, 产值|过. */
    private static final Pattern PASSES = Pattern.compile("[^，,；。、0-9]{1,12}(?:超过|超|突破|过)$");
    private static final Pattern DIGIT = Pattern.compile("[0-9０-９]");

    /** The name such a count takes: …超千亿元, …突破百亿元. */
    private static final Pattern CLASS_NAME = Pattern.compile("(?:超过|超|突破|过)[十百千万亿]+[\\p{IsHan}]?$");

    private ThresholdCounts() {
    }

    /** A count named by its threshold (产业规模超千亿元: 8个) is a stock at the period's end, not a flow over it. */
    static boolean namesAClass(String indicator) {
        return CLASS_NAME.matcher(indicator).find();
    }

    static void mark(String text, List<ClauseFigure> fs) {
        for (int i = 0; i + 1 < fs.size(); i++) {
            ClauseFigure f = fs.get(i);
            ClauseFigure next = fs.get(i + 1);
            Mention m = f.mention;
            if (f.dropped || !m.isCount() || !f.prefixCount || !f.sameClause(next) || next.separated) {
                continue;
            }
            Mention t = next.mention;
            String between = text.substring(m.end(), t.start());
            if (PASSES.matcher(between).matches() && !DIGIT.matcher(text.substring(t.start(), t.numberEnd())).find()) {
                f.post = text.substring(m.end(), t.numberEnd());
                f.postEnd = t.numberEnd();
                next.dropped = true;
            }
        }
    }
}
