package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlanDocumentsTest {
    @Test
    void aFiveYearPlanTitlePlansItsPeriod() {
        assertEquals(new TimeScope("target", 2021, 2025),
                PlanDocuments.scope("天津市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
                        + "天津市“十四五”规划纲要\n第一章 发展基础\n"));
        assertEquals(new TimeScope("target", 2026, 2030), PlanDocuments.scope("“十五五”生态环境保护规划\n一、现状\n"));
        assertEquals(new TimeScope("target", 2023, 2025),
                PlanDocuments.scope("天津市2023—2025年数字经济发展行动方案\n一、总体要求\n"));
    }

    @Test
    void otherDocumentsHaveNoPlanScope() {
        assertEquals(TimeScope.NONE, PlanDocuments.scope("2026年政府工作报告\n各位代表：\n"));
        assertEquals(TimeScope.NONE, PlanDocuments.scope("过去五年，我们认真落实“十四五”规划，地区生产总值年均增长5.5%，"
                + "城乡居民收入稳步提高，生态环境持续改善，各项事业全面进步。\n"), "a long body line is no title");
    }
}
