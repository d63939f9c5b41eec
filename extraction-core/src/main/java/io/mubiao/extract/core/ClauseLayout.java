package io.mubiao.extract.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays the figures of one sentence out in their clauses: each figure's clause, the list joiners between
 * figures of one clause, and the text before (its name) and after (a counted object) that is its own.
 */
final class ClauseLayout {
    private static final String LIST_JOINERS = "、和及与";

    private ClauseLayout() {
    }

    static List<ClauseFigure> of(String text, int ss, int se, List<Mention> ms) {
        List<ClauseFigure> fs = new ArrayList<>(ms.size());
        for (Mention m : ms) {
            int cs = m.start();
            while (cs > ss && !SentenceSplitter.isClauseBreak(text.charAt(cs - 1))) {
                cs--;
            }
            int ce = m.end();
            while (ce < se && !SentenceSplitter.isClauseBreak(text.charAt(ce))) {
                ce++;
            }
            fs.add(new ClauseFigure(m, cs, ce));
        }
        for (int i = 1; i < fs.size(); i++) {
            joiner(text, fs.get(i - 1), fs.get(i));
        }
        for (int i = 0; i < fs.size(); i++) {
            ownText(text, fs, i);
        }
        return fs;
    }

    /** The joiner between two figures of one clause, if any, splits the text between them. */
    private static void joiner(String text, ClauseFigure prev, ClauseFigure f) {
        if (!f.sameClause(prev)) {
            return;
        }
        int a = prev.mention.end();
        int b = f.mention.start();
        int sep = -1;
        for (int k = b - 1; k >= a; k--) {
            char c = text.charAt(k);
            if (c == '、' || (LIST_JOINERS.indexOf(c) >= 0 && k == a)) {
                sep = k;
                break;
            }
        }
        if (sep < 0 && b > a && LIST_JOINERS.indexOf(text.charAt(a)) >= 0) {
            sep = a;
        }
        if (sep < 0) {
            // 580种药品和26种医用耗材: 和 closes the noun of the first count
            int he = text.substring(a, b).lastIndexOf('和');
            if (he < 0) {
                he = text.substring(a, b).lastIndexOf('及');
            }
            if (he >= 0 && prev.mention.isCount()) {
                sep = a + he;
            }
        }
        if (sep >= 0) {
            f.separated = true;
            prev.postEnd = sep;
            f.preStart = sep + 1;
        } else {
            prev.postEnd = b;
        }
    }

    /** The text before figure {@code i} (earlier figures inside it left out) and the noun after it. */
    private static void ownText(String text, List<ClauseFigure> fs, int i) {
        ClauseFigure f = fs.get(i);
        Mention m = f.mention;
        StringBuilder p = new StringBuilder();
        int from = f.preStart;
        // without a joiner the previous figure sits inside this one's clause text: leave it out
        for (int k = 0; k < i; k++) {
            Mention q = fs.get(k).mention;
            if (q.end() > from && q.start() < m.start()) {
                if (q.start() > from) {
                    p.append(text, from, q.start());
                }
                from = q.end();
            }
        }
        if (from < m.start()) {
            p.append(text, from, m.start());
        }
        f.pre = p.toString();
        String after = m.end() < f.postEnd ? text.substring(m.end(), f.postEnd) : "";
        List<TextSpan> parts = ClauseAnalyzer.split(after, "、");
        f.post = parts.isEmpty() || parts.get(0).start() > 0 ? "" : after.substring(0, parts.get(0).end());
        if (!f.post.isEmpty()) {
            f.postEnd = m.end() + f.post.length();
        }
        String ps = f.post.strip();
        // a noun after the figure is its object (新建730处健身场地设施, 实施180公里管道清淤)
        f.prefixCount = !ps.isEmpty() && ClauseAnalyzer.isCjk(ps.charAt(0)) && !m.isPercentLike();
    }
}
