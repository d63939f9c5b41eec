package io.mubiao.extract.core;

import static io.mubiao.extract.core.StatementTestSupport.find;
import static io.mubiao.extract.core.StatementTestSupport.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Occurrences, restatements, signs, ranges and list heads. */
class StatementRulesTest {
    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 26);

    @Test
    void everyOccurrenceIsItsOwnStatement() {
        List<Target> ts = targets("一、2025年工作回顾\n粮食产量达到450万吨。\n二、2026年工作安排\n粮食产量达到450万吨。\n",
                JAN_2026, "政府工作报告");
        assertEquals(2, ts.size(), () -> ts.toString());
        assertEquals("achievement", ts.get(0).kind());
        assertEquals("2025", ts.get(0).year());
        assertEquals("target", ts.get(1).kind());
        assertEquals("2026", ts.get(1).year());
    }

    @Test
    void aRestatementInsideOneSectionIsOneStatement() {
        List<Target> ts = targets("核心提示\n新设机构261家。\n新设机构261家。\n", JAN_2026, null);
        assertEquals(1, ts.size(), () -> ts.toString());
    }

    @Test
    void aRestatedGoalKeepsTheYearFirstStated() {
        List<Target> ts = targets("关于贯彻落实“十四五”全国农业机械化发展规划的实施意见\n二、发展目标\n"
                + "到2025年，综合机械化率达到98%以上。\n三、主要任务\n推进主要粮食作物综合机械化率达到98%以上。\n",
                LocalDate.of(2022, 5, 26), "意见");
        assertEquals(2, ts.size(), () -> ts.toString());
        assertEquals("2025", ts.get(0).year());
        assertEquals("2025", ts.get(1).year(), "the task restates the 2025 goal");
        Target other = new Target("q", "耕地面积", null, "target", "amount", 98, null, "%", "exact", "2021-2025",
                null, null, null, 0, 1, "", List.of(), 0, 1);
        assertEquals(false, RestatedGoals.sameGoal(ts.get(0), other), "another indicator is another goal");
    }

    @Test
    void fallsAreSigned() {
        List<Target> ts = targets("今年，粗钢产量压减5%，审批时限缩短30%，单位能耗降幅超20%。", JAN_2026, null);
        assertEquals(-5, find(ts, "5%").value());
        assertEquals(-30, find(ts, "30%").value());
        Target drop = find(ts, "20%");
        assertEquals(-20, drop.value());
        assertEquals("at_least", drop.comparator(), "the qualifier is still recorded");
        assertEquals(1, Signs.of("地区生产总值增长", "rate"));
        assertEquals(1, Signs.of("PM2.5浓度降至", "amount"), "a level is never signed");
    }

    @Test
    void aRangeIsAtLeastItsLowerBound() {
        Target t = find(targets("打造蔬菜生产核心示范园8-10个。", JAN_2026, null), "8-10个");
        assertEquals(8, t.value());
        assertEquals("at_least", t.comparator());
        Target radius = find(targets("建成1—1.5小时交通圈。", JAN_2026, null), "小时");
        assertEquals("at_most", radius.comparator(), "a travel radius stays a ceiling");
    }

    @Test
    void aListOfShortModifiersSharesTheLastItemsHead() {
        List<Target> ts = targets("交通、水利、能源领域投资额分别达2400亿元、450亿元、900亿元。", JAN_2026, null);
        assertEquals(3, ts.size());
        assertEquals("交通领域投资额", ts.get(0).indicator());
        assertEquals("水利领域投资额", ts.get(1).indicator());
        assertEquals("能源领域投资额", ts.get(2).indicator());
    }

    @Test
    void planFormulaAndResultVerbAreNotPartOfTheIndicator() {
        List<Target> plan = targets("二、2026年工作安排\n今年主要预期目标是：地区生产总值按增长5%安排。\n", JAN_2026, "政府工作报告");
        assertEquals("地区生产总值", plan.get(0).indicator(), () -> plan.toString());
        List<Target> done = targets("一、2025年工作回顾\n实现地区生产总值67665亿元。\n", JAN_2026, "政府工作报告");
        assertEquals("地区生产总值", done.get(0).indicator(), () -> done.toString());
    }
}
