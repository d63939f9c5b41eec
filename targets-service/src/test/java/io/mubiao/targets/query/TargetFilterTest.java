package io.mubiao.targets.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.web.ProblemException;
import org.junit.jupiter.api.Test;

/** The validation of the filters; their HQL conditions are tested in store's FilterConditionsTest. */
class TargetFilterTest {
    @Test
    void refusesUnknownEnumsAndImpossibleRanges() {
        assertEquals(400, assertThrows(ProblemException.class,
                () -> TargetFilter.of(null, "plan", null, null, null, null, null, null, null)).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> TargetFilter.of(null, null, "volume", null, null, null, null, null, null)).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> TargetFilter.of(null, null, null, null, null, 2025, 2020, null, null)).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> TargetFilter.of(null, null, null, "more", null, null, null, null, null)).status());
    }

    @Test
    void sortKeysAreParsedAndUnknownOnesRefused() {
        assertEquals(400, assertThrows(ProblemException.class, () -> TargetSort.parse("colour")).status());
        assertEquals("yearFrom", TargetSort.parse("-year").keys().get(0).field());
        assertTrue(TargetSort.parse("-year").keys().get(0).descending());
    }
}
