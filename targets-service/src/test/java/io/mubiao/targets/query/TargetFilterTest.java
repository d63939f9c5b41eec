package io.mubiao.targets.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.web.ProblemException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetFilterTest {
    @Test
    void noFilterMatchesEverything() {
        assertEquals("1 = 1", TargetFilter.of(null, null, null, null, null, null, null, null, null).toQuery().getKey());
    }

    @Test
    void yearMatchesPlanPeriodsThatCoverIt() {
        Map.Entry<String, Map<String, Object>> q =
                TargetFilter.of(null, "target", null, null, 2023, null, null, null, null).toQuery();
        assertTrue(q.getKey().contains("yearFrom <= :year and yearTo >= :year"));
        assertEquals(2023, q.getValue().get("year"));
    }

    @Test
    void likeWildcardsInUserTextAreEscaped() {
        Map.Entry<String, Map<String, Object>> q =
                TargetFilter.of("100%_x", null, null, null, null, null, null, null, null).toQuery();
        assertEquals("%100\\%\\_x%", q.getValue().get("indicator"));
    }

    @Test
    void refusesUnknownEnumsAndImpossibleRanges() {
        assertEquals(400, assertThrows(ProblemException.class,
                () -> TargetFilter.of(null, "plan", null, null, null, null, null, null, null)).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> TargetFilter.of(null, null, "volume", null, null, null, null, null, null)).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> TargetFilter.of(null, null, null, null, null, 2025, 2020, null, null)).status());
    }

    @Test
    void indicatorMatchesTextOrKeyAndEntitiesThatNameNothingMatchNothing() {
        Map.Entry<String, Map<String, Object>> q = new TargetFilter("GDP", "地区生产总值", null, null, null, "macro", null,
                null, null, null, null, java.util.List.of()).toQuery();
        assertTrue(q.getKey().contains("or indicatorKey = :indicatorKey"));
        assertEquals("地区生产总值", q.getValue().get("indicatorKey"));
        assertTrue(q.getKey().contains("theme = :theme"));
        assertTrue(q.getKey().contains("1 = 0"));
        assertEquals(400, assertThrows(ProblemException.class,
                () -> TargetFilter.of(null, null, null, "more", null, null, null, null, null)).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> TargetSort.parse("colour")).status());
        assertEquals("yearFrom", TargetSort.parse("-year").keys().get(0).field());
        assertTrue(TargetSort.parse("-year").keys().get(0).descending());
    }
}
