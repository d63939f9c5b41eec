package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeScopeTest {
    @Test
    void aYearOrASpan() {
        assertEquals("2025", TimeScope.year("achievement", 2025).yearText());
        TimeScope plan = new TimeScope("target", 2021, 2025); // “十四五”时期
        assertTrue(plan.isSpan());
        assertEquals("2021-2025", plan.yearText());
        assertNull(TimeScope.NONE.yearText());
        assertFalse(TimeScope.NONE.isSpan());
    }

    @Test
    void unknownPartsComeFromTheOuterScope() {
        TimeScope section = new TimeScope("achievement", 2021, 2025); // 五年来
        assertEquals(new TimeScope("achievement", 2025, 2025), TimeScope.year(null, 2025).orElse(section),
                "去年 in a review section: its year, the section's kind");
        assertEquals(new TimeScope("target", 2021, 2025), new TimeScope("target", null, null).orElse(section));
        assertEquals(section, TimeScope.NONE.orElse(section));
        assertEquals(section, section.orElse(null));
    }
}
