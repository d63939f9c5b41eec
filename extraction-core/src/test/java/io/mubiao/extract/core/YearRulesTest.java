package io.mubiao.extract.core;

import static io.mubiao.extract.core.StatementTestSupport.find;
import static io.mubiao.extract.core.StatementTestSupport.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The year rules of SCHEMA.md, each on the smallest text that shows it. */
class YearRulesTest {
    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 26);

    @Test
    void aPlanPeriodNamedAsATimeIsItsSpanReportedOrPlanned() {
        assertEquals(new TimeScope("achievement", 2021, 2025), TimeCues.cue("“十四五”时期和2025年工作回顾", 2026));
        assertEquals(new TimeScope("target", 2026, 2030), TimeCues.cue("二、“十五五”时期主要目标任务", 2026));
        assertEquals(new TimeScope("achievement", 2021, 2025), TimeCues.cue("各位代表！“十四五”以来", 2026));
        assertEquals(TimeScope.NONE, TimeCues.cue("贯彻落实十四五规划", 2026), "a plan's title is not a time");
    }

    @Test
    void aReviewSectionOfAJanuaryReportSpeaksOfTheYearBefore() {
        List<Target> ts = targets("一、“十四五”时期和2025年工作回顾\n"
                + "五年来，城镇新增就业603.7万人，生产总值6.66万亿元。\n"
                + "各位代表，刚刚过去的2025年，规上工业企业利润增长6%。\n", JAN_2026, "政府工作报告");
        assertEquals("2021-2025", find(ts, "603.7万人").year(), "a flow over the five years");
        assertEquals("2025", find(ts, "6.66万亿元").year(), "a stock named without a verb is the end level");
        assertEquals("2025", find(ts, "增长6%").year(), "the address before the paragraph's time cue is skipped");
        assertEquals("achievement", find(ts, "增长6%").kind());
    }

    @Test
    void aChangeFromANamedBaseRunsFromTheBaseAndLeavesTheName() {
        List<Target> ts = targets("五年来，PM2.5年均浓度较2020年下降25%，优良天数281天、比2020年增加36天，"
                + "PM2.5浓度较“十三五”末改善16.5%。", JAN_2026, null);
        Target pm = find(ts, "下降25%");
        assertEquals("2020-2025", pm.year());
        assertEquals("PM2.5年均浓度", pm.indicator());
        assertEquals("2025", find(ts, "281天").year(), "the base of the next clause does not date this level");
        assertEquals("2020-2025", find(ts, "36天").year());
        assertEquals("2020-2025", find(ts, "16.5%").year());
        assertEquals(Integer.valueOf(2020), BaseYear.find("较“十三五”末"));
        assertNull(BaseYear.find("比上年"));
    }

    @Test
    void aPlansHorizonCarriesOverItsParagraph() {
        List<Target> ts = targets("到2025年，主要粮食作物综合机械化率达到98%以上。建成5个示范基地。", LocalDate.of(2022, 5, 26), null);
        assertEquals("2025", find(ts, "98%").year());
        assertEquals("2025", find(ts, "5个").year());
    }

    @Test
    void aPressConferenceSpeaksOfItsOwnDay() {
        List<Target> ts = targets("目前，全市已建成5G基站5.2万个。全市新增就业12万人。", LocalDate.of(2024, 7, 3), "新闻发布会");
        assertEquals("2024", find(ts, "5.2万个").year());
        assertEquals("achievement", find(ts, "12万人").kind(), "a result reported without a review heading");
        List<Target> plan = targets("目前，全市已建成5G基站5.2万个。", LocalDate.of(2024, 7, 3), "行动方案");
        assertNull(find(plan, "5.2万个").year(), "a plan's background names no year by 目前");
    }

    @Test
    void aWorkReportSpeaksOfItsYearWhereNothingNamesAnother() {
        List<Target> ts = targets("九、提升食品安全监管水平\n开展农产品定量抽检2.3万批次。\n", JAN_2026, "政府工作报告");
        assertEquals("2026", find(ts, "2.3万批次").year());
        List<Target> unknown = targets("九、提升食品安全监管水平\n开展农产品定量抽检2.3万批次。\n", JAN_2026, null);
        assertNull(find(unknown, "2.3万批次").year());
    }

    @Test
    void aHeadingThatSaysOnlyResultsKeepsTheYearOfTheParagraphsAbove() {
        List<Target> ts = targets("一、一年接着一年干\n2025年是收官之年。地区生产总值增长5%。\n"
                + "（四）着力深化改革扩大开放，先行先试探路富有成效\n352项重要改革举措稳步实施。\n", JAN_2026, null);
        assertEquals("2025", find(ts, "352项").year());
    }

    @Test
    void levelsAndFlowsOfAPeriod() {
        Mention rank = new Mention(0, 6, 6, 2, null, "位", null, "amount", 0);
        assertFalse(LevelOrFlow.isLevel("进出口规模", "进出口规模", "amount", rank, "稳居全国第二"), "稳居 holds over the period");
        assertTrue(LevelOrFlow.isLevel("区域创新能力", "区域创新能力", "amount", rank, "升至全国第二"));
        Mention share = new Mention(0, 3, 3, 95, null, "%", "at_least", "share", 0);
        assertFalse(LevelOrFlow.isLevel("基本医保参保率稳定在", "基本医保参保率", "share", share, "95%以上"));
        Mention count = new Mention(0, 6, 6, 370, null, "万户", null, "amount", 0);
        assertFalse(LevelOrFlow.isLevel("新增经营主体", "新增经营主体", "amount", count, "370万户"));
        assertTrue(LevelOrFlow.isLevel("经营主体", "经营主体", "amount", count, "370万户"));
        assertFalse(LevelOrFlow.isLevel("承担国家重点产业攻关项目", "承担国家重点产业攻关项目", "amount", count, "347个"),
                "a verb before the count makes it work done over the period");
    }
}
