package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PresentTenseTest {
    @Test
    void aPressConferenceOrAWorkReportSpeaksOfItsDay() {
        assertEquals(TimeScope.year("achievement", 2026), PresentTense.scope("目前全市已建成", "新闻发布会", 2026));
        assertEquals(TimeScope.year("achievement", 2025), PresentTense.scope("截至目前，累计", "政府工作报告", 2025));
        assertTrue(PresentTense.speaksOfItsDay("讲话"));
    }

    @Test
    void aPlanOrANoticeDescribesABackgroundWithNoYear() {
        assertEquals(TimeScope.NONE, PresentTense.scope("目前全市已建成", "规划", 2026));
        assertEquals(TimeScope.NONE, PresentTense.scope("目前全市已建成", null, 2026));
        assertEquals(TimeScope.NONE, PresentTense.scope("目前全市已建成", "新闻发布会", null), "no date, no year");
        assertEquals(TimeScope.NONE, PresentTense.scope("到2027年建成", "新闻发布会", 2026), "no word of the present");
        assertFalse(PresentTense.speaksOfItsDay("通知"));
    }
}
