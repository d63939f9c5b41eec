package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

/** Runs the extractor on a short text and finds a target by the start of its quote. */
final class StatementTestSupport {
    private static final Extractor EXTRACTOR = new Extractor();

    private StatementTestSupport() {
    }

    static List<Target> targets(String text, LocalDate date, String genre) {
        return EXTRACTOR.targets(new SourceDocument("t", text, date, genre));
    }

    static Target find(List<Target> ts, String quoteContains) {
        List<Target> hits = ts.stream().filter(t -> t.quote().contains(quoteContains)).toList();
        assertEquals(1, hits.size(), () -> "one target with " + quoteContains + " expected in " + ts);
        return hits.get(0);
    }
}
