package io.mubiao.extract.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * target (planned) or achievement (reported). The scope decides first: a review section or a
 * 五年来/过去一年 paragraph reports, a work-plan section or 今年/今后五年 plans, a year before the
 * document's own is reported. Inside no scope, the clause's own cue words decide (同比, 已 report;
 * 力争, 要, 将 plan); a plan stated without any cue is a target.
 */
public final class KindClassifier {
    /** The words of cues.txt kind.achieved and kind.planned; a horizon (到2027年) plans too. */
    private static final List<String> ACHIEVED = Lexicon.cues("kind.achieved");
    private static final List<String> PLANNED = Lexicon.cues("kind.planned");
    private static final Pattern HORIZON = Pattern.compile("到20\\d\\d年");

    private KindClassifier() {
    }

    public static String classify(TimeScope scope, String clause, Integer docYear) {
        return classify(scope, clause, docYear, null);
    }

    /** A verb of a result (达到, 增长, 新增, 建成): what a press conference says with it happened. */
    static boolean reportsOutcome(String clause) {
        return Lexicon.cues("kind.reported").stream().anyMatch(clause::contains);
    }

    /**
     * As {@link #classify(TimeScope, String, Integer)}; in a press conference a figure stated with a verb
     * of a result and no plan's word is a fact reported (全市新增就业12万人 needs no review heading to be
     * one), while the contents of a plan it presents (明确25项重点任务) stay targets.
     */
    public static String classify(TimeScope scope, String clause, Integer docYear, String genre) {
        if (scope.kind() != null) {
            return scope.kind();
        }
        if (docYear != null && scope.to() != null) {
            if (scope.to() < docYear) {
                return "achievement";
            }
        }
        if (PLANNED.stream().anyMatch(clause::contains) || HORIZON.matcher(clause).find()) {
            return "target";
        }
        if (ACHIEVED.stream().anyMatch(clause::contains) || "新闻发布会".equals(genre) && reportsOutcome(clause)) {
            return "achievement";
        }
        return "target";
    }
}
