package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeCuesTest {
    @Test
    void planPeriods() {
        assertArrayEquals(new int[] {2021, 2025}, TimeCues.planPeriod("“十四五”规划"));
        assertArrayEquals(new int[] {2026, 2030}, TimeCues.planPeriod("十五五"));
        assertNull(TimeCues.planPeriod("第十四届"));
        assertEquals(new TimeScope("achievement", 2021, 2025), TimeCues.planPeriodScope("“十四五”时期", 2026));
        assertEquals(new TimeScope("target", 2026, 2030), TimeCues.planPeriodScope("“十五五”时期", 2026));
    }

    @Test
    void relativeWordsAgainstTheDocumentsYear() {
        assertEquals(new TimeScope("achievement", 2021, 2025), TimeCues.cue("五年来，我们", 2026));
        assertEquals(TimeScope.year("achievement", 2025), TimeCues.cue("过去一年，全市", 2026));
        assertEquals(TimeScope.year("target", 2026), TimeCues.cue("今年经济社会发展的主要预期目标是", 2026));
        assertEquals(new TimeScope("target", 2026, 2030), TimeCues.cue("今后五年，", 2026));
        assertEquals(TimeScope.year("achievement", 2026), TimeCues.cue("一季度，全市", 2026));
        assertEquals(new TimeScope("achievement", 2021, 2025), TimeCues.cue("过去五年及2025年", 2026),
                "the first cue opens the passage");
        assertEquals(TimeScope.NONE, TimeCues.cue("全市上下团结奋斗", 2026));
    }

    @Test
    void headingsYearsAndHorizons() {
        assertEquals(TimeScope.year("target", 2026), TimeCues.heading("二、2026年工作安排", 2026));
        assertEquals(TimeScope.year("achievement", 2025), TimeCues.heading("一、2025年工作回顾", 2026));
        assertEquals(new TimeScope("achievement", null, null), TimeCues.heading("（一）主要成效", 2026));
        assertEquals(TimeScope.year("target", 2027), TimeCues.relative("到2027年，数字经济", 2026));
        assertEquals(TimeScope.NONE, TimeCues.relative("2027年数字经济", 2026), "a bare year does not carry on");
    }

    @Test
    void aPartOfTheYearHoldsForItsParagraphOnly() {
        assertTrue(TimeCues.isShortRun("今年以来，全市"));
        assertTrue(TimeCues.isShortRun("一季度，"));
        assertFalse(TimeCues.isShortRun("过去一年，特别是一季度"));
    }

    @Test
    void theFiveYearsOfAReviewNamedAsSuch() {
        TimeScope five = new TimeScope("achievement", 2021, 2025);
        assertEquals(five, TimeCues.cue("这是经济实力持续提升的五年。", 2026));
        assertEquals(five, TimeCues.cue("——这五年，综合实力大幅跃升", 2026));
        assertEquals(five, TimeCues.cue("经过五年接续奋斗，", 2026));
    }
}
