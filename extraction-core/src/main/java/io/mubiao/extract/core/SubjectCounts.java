package io.mubiao.extract.core;

import java.util.List;

/**
 * Counts that only describe a subject or group another count are no statement of their own
 * (SCHEMA.md: 12条重点产业链增加值增长3.5% is the growth's; 7个方面25项重点任务; a run of years
 * 连续两年 that qualifies a figure). Marks them {@link ClauseFigure#dropped}.
 */
final class SubjectCounts {
    private SubjectCounts() {
    }

    static void mark(String text, List<ClauseFigure> fs) {
        for (int i = 0; i < fs.size(); i++) {
            ClauseFigure f = fs.get(i);
            ClauseFigure prev = i > 0 ? fs.get(i - 1) : null;
            ClauseFigure next = i + 1 < fs.size() ? fs.get(i + 1) : null;
            boolean hasNext = f.sameClause(next);
            Mention m = f.mention;
            if (f.dropped || IndicatorPhrases.isBase(f.pre)) {
                continue; // dropped before (a threshold: ThresholdCounts); 从518家增加到731家: a base is a figure (SCHEMA)
            }
            if (m.spanYears() > 0 && (hasNext || f.sameClause(prev))) {
                f.dropped = true; // 连续两年突破百亿元: the run of years only qualifies the figure
            }
            int cut = ClauseAnalyzer.lastTopLevel(f.pre, "、和及等");
            if (m.isCount() && f.prefixCount && IndicatorPhrases.core(cut >= 0 ? f.pre.substring(cut + 1) : f.pre).isEmpty()
                    && Lexicon.cues("count.descriptive").stream().anyMatch(f.post::contains)) {
                f.dropped = true; // 12条重点产业链带动作用持续显现: describes the subject, counts nothing done
            }
            if (hasNext && !next.separated && next.mention.start() == m.end() && next.mention.isCount()
                    && Lexicon.cues("count.grouping").contains(m.unit())) {
                f.dropped = true; // 12类45件民生实事: the classes group the items counted next
            } else if (hasNext && !next.separated && m.isCount() && f.prefixCount) {
                int gap = next.mention.start() - m.end();
                if (gap <= 4) {
                    f.dropped = true; // 7个方面25项重点任务: a grouping of the next count
                } else if (next.mention.isPercentLike()) {
                    f.dropped = true; // 12条重点产业链增加值增长3.5%: the count belongs to the subject
                }
            }
            if (f.sameClause(prev) && !f.separated && prev.mention.isCount() && prev.prefixCount
                    && IndicatorPhrases.core(text.substring(prev.clauseStart, prev.mention.start())).isEmpty()) {
                if (m.isCount() && f.prefixCount) {
                    f.dropped = true; // 770家优质企业融入6条区域共建产业链: the second count is part of the predicate
                } else {
                    prev.dropped = true; // 6家海河实验室开展重大课题130余项: the first count names the subject
                }
            }
        }
    }
}
