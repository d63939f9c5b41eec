package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RestatedGoalsTest {
    private static Target goal(String indicator, String kind, double value, String year) {
        String quote = indicator + "达到" + value + "%以上";
        return new Target(quote, indicator, null, kind, "share", value, null, "%", "at_least", year, value, "%", null,
                0, quote.length(), quote, List.of(), 0, quote.length());
    }

    @Test
    void aRestatementInTheTasksKeepsTheYearFirstStated() {
        RestatedGoals goals = new RestatedGoals();
        goals.apply(goal("主要粮食作物耕种收综合机械化率", "target", 98, "2025"));
        Target task = goals.apply(goal("综合机械化率", "target", 98, "2021-2025"));
        assertEquals("2025", task.year());
    }

    @Test
    void anotherValueAnotherKindOrAYearOutsideTheSpanIsAnotherGoal() {
        RestatedGoals goals = new RestatedGoals();
        goals.apply(goal("综合机械化率", "target", 98, "2025"));
        assertEquals("2021-2025", goals.apply(goal("综合机械化率", "target", 95, "2021-2025")).year());
        assertEquals("2026-2030", goals.apply(goal("综合机械化率", "target", 98, "2026-2030")).year());
        assertEquals("2021-2025", goals.apply(goal("综合机械化率", "achievement", 98, "2021-2025")).year());
    }

    @Test
    void theSameGoalByContainmentOrTheSameHead() {
        assertTrue(RestatedGoals.sameGoal(goal("粮食生产无人农场", "target", 10, "2025"),
                goal("水稻生产无人农场", "target", 10, "2021-2025")), "same head 无人农场");
        assertFalse(RestatedGoals.sameGoal(goal("森林覆盖率", "target", 10, "2025"),
                goal("城市绿化覆盖率", "target", 10, "2021-2025")), "heads differ: 林覆盖率 / 化覆盖率");
    }
}
