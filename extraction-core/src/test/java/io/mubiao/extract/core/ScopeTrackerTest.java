package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mubiao.text.Heading;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTrackerTest {
    @Test
    void headingsAndParagraphOpeningsSetTheScope() {
        ScopeTracker t = new ScopeTracker(2026, TimeScope.NONE);
        t.heading(new Heading(1, "一、", "“十四五”时期和2025年工作回顾", 0));
        assertEquals(new TimeScope("achievement", 2021, 2025), t.paragraph("全市经济总量"));
        assertEquals(TimeScope.year("achievement", 2025), t.paragraph("过去一年，全市"));
        assertEquals(TimeScope.year("achievement", 2025), t.paragraph("全市经济"), "a cue carries on to the next paragraph");
        t.heading(new Heading(1, "二、", "2026年工作安排", 0));
        assertEquals(TimeScope.year("target", 2026), t.paragraph("全市经济"), "a heading resets the paragraph scope");
        assertEquals(List.of("二、2026年工作安排"), t.section());
    }

    @Test
    void aPartOfTheYearHoldsForItsParagraphOnly() {
        ScopeTracker t = new ScopeTracker(2026, TimeScope.NONE);
        t.heading(new Heading(1, "一、", "经济运行情况", 0));
        assertEquals(TimeScope.year("achievement", 2026), t.paragraph("一季度，全市地区生产总值"));
        assertEquals(TimeScope.NONE, t.paragraph("全市"));
    }

    @Test
    void aWorkReportSpeaksOfItsOwnYear() {
        assertEquals(TimeScope.year(null, 2026), ScopeTracker.documentScope(TimeScope.NONE, "政府工作报告", 2026));
        TimeScope plan = new TimeScope("target", 2021, 2025);
        assertEquals(plan, ScopeTracker.documentScope(plan, "政府工作报告", 2026));
        assertEquals(TimeScope.NONE, ScopeTracker.documentScope(TimeScope.NONE, "新闻发布会", 2026));
    }
}
