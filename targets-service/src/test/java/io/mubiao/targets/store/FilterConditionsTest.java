package io.mubiao.targets.store;

import io.mubiao.contracts.vocabulary.DocumentStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.targets.query.DocumentFilter;
import io.mubiao.targets.query.TargetFilter;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterConditionsTest {
    @Test
    void noFilterMatchesEverything() {
        Where w = FilterConditions.of(TargetFilter.of(null, null, null, null, null, null, null, null, null));
        assertEquals("1 = 1", w.joined("1 = 1"));
        assertTrue(w.params().isEmpty());
    }

    @Test
    void yearMatchesPlanPeriodsThatCoverIt() {
        Where w = FilterConditions.of(TargetFilter.of(null, "target", null, null, 2023, null, null, null, null));
        assertEquals("kind = :kind and yearFrom <= :year and yearTo >= :year", w.joined("1 = 1"));
        assertEquals(2023, w.params().get("year"));
        assertEquals("target", w.params().get("kind"));
    }

    @Test
    void likeWildcardsInUserTextAreEscaped() {
        Where w = FilterConditions.of(TargetFilter.of("100%_x", null, null, null, null, null, null, null, null));
        assertEquals("%100\\%\\_x%", w.params().get("indicator"));
    }

    @Test
    void indicatorMatchesTextOrKeyAndEntitiesThatNameNothingMatchNothing() {
        Where w = FilterConditions.of(new TargetFilter("GDP", "地区生产总值", null, null, null, "macro", null,
                null, null, null, null, List.of()));
        String condition = w.joined("1 = 1");
        assertTrue(condition.contains("or indicatorKey = :indicatorKey"));
        assertEquals("地区生产总值", w.params().get("indicatorKey"));
        assertTrue(condition.contains("theme = :theme"));
        assertTrue(condition.endsWith("1 = 0"));
        assertFalse(w.params().containsKey("entityIds"));
    }

    @Test
    void documentStatusIsTheStoredEnumAndTextSearchesThreeFields() {
        Where w = FilterConditions.of(DocumentFilter.of(null, "2025-01-01", null, "failed", "报告"));
        assertEquals(DocumentStatus.FAILED, w.params().get("status"));
        assertEquals("%报告%", w.params().get("q"));
        assertEquals("date >= :dateFrom and status = :status and (title like :q escape '\\' or fileName like :q "
                + "escape '\\' or issuer like :q escape '\\')", w.joined("1 = 1"));
        assertEquals(" where date >= :dateFrom", FilterConditions.of(DocumentFilter.of(null, "2025-01-01", null, null,
                null)).clause("where"));
    }
}
