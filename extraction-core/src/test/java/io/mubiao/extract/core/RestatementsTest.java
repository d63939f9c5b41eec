package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RestatementsTest {
    private static Target grain(List<String> section, String kind, String year) {
        return new Target("粮食产量达到450万吨", "粮食产量", null, kind, "amount", 450, null, "万吨", "exact", year,
                4_500_000d, "吨", null, 0, 11, "粮食产量达到450万吨。", section, 0, 12);
    }

    @Test
    void aRestatementUnderTheSameHeadingsIsSaidOnce() {
        Restatements r = new Restatements();
        assertTrue(r.isNew(grain(List.of("核心提示"), "achievement", "2025")));
        assertFalse(r.isNew(grain(List.of("核心提示"), "achievement", "2025")));
    }

    @Test
    void everyOtherOccurrenceIsItsOwnStatement() {
        Restatements r = new Restatements();
        assertTrue(r.isNew(grain(List.of("一、2025年工作回顾"), "achievement", "2025")));
        assertTrue(r.isNew(grain(List.of("二、2026年工作安排"), "target", "2026")), "another section, kind, year");
        assertTrue(r.isNew(grain(List.of("一、2025年工作回顾"), "target", "2025")), "another kind");
    }
}
