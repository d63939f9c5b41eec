package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.contracts.vocabulary.Measure;
import io.mubiao.contracts.vocabulary.TargetKind;
import io.mubiao.contracts.vocabulary.ValueComparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetTest {
    private static Target grain(String kind, String measure, String comparator) {
        return new Target("粮食产量达到450万吨以上", "粮食产量", null, kind, measure, 450, null, "万吨", comparator, "2026",
                4_500_000d, "吨", null, 0, 14, "粮食产量达到450万吨以上。", List.of(), 0, 15);
    }

    @Test
    void theVocabularyIsContracts() {
        Target t = grain("target", "amount", "at_least");
        assertEquals(TargetKind.TARGET, t.targetKind());
        assertEquals(Measure.AMOUNT, t.measureType());
        assertEquals(ValueComparator.AT_LEAST, t.valueComparator());
        assertEquals("at_least", t.comparator(), "the wire string stays the component");
    }

    @Test
    void aMisspeltValueFailsWhenTheTargetIsMade() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> grain("planned", "amount", "exact"));
        assertTrue(e.getMessage().contains("achievement"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> grain("target", "amount", "atleast"));
        assertThrows(IllegalArgumentException.class, () -> grain("target", null, "exact"));
    }

    @Test
    void anotherYearOrThemeKeepsTheRest() {
        Target t = grain("target", "amount", "exact").withYear("2021-2025").withTheme("macro");
        assertEquals("2021-2025", t.year());
        assertEquals("macro", t.theme());
        assertEquals("粮食产量", t.indicator());
    }
}
