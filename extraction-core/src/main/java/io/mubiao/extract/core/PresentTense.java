package io.mubiao.extract.core;

import java.util.Set;

/**
 * Press conferences and reports to a congress speak of their own day: there 目前 / 现已 / 截至目前 /
 * 今年以来 report the year of the document's date (SCHEMA.md: "目前 / 今年以来 / 现已 = the year of the
 * document's date"). In a plan or a notice the same words describe a background with no fixed year.
 */
final class PresentTense {
    /** Genres (as the document reader names them) that report as of the day they were given. */
    private static final Set<String> DATED_GENRES = Set.of("新闻发布会", "政府工作报告", "报告", "讲话");

    private PresentTense() {
    }

    /** The document's year, reported, when {@code clause} speaks in the present of a dated genre; else none. */
    static TimeScope scope(String clause, String genre, Integer docYear) {
        if (docYear == null || !speaksOfItsDay(genre)) {
            return TimeScope.NONE;
        }
        for (String w : Lexicon.cues("time.present")) {
            if (clause.contains(w)) {
                return TimeScope.year("achievement", docYear);
            }
        }
        return TimeScope.NONE;
    }

    static boolean speaksOfItsDay(String genre) {
        return genre != null && DATED_GENRES.contains(genre);
    }
}
