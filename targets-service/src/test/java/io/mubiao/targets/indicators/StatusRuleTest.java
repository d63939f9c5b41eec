package io.mubiao.targets.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mubiao.targets.indicators.TargetStatus.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusRuleTest {
    static Figure target(String measure, double value, Double max, String unit, String comparator, String year) {
        return new Figure("target", measure, value, max, unit, comparator, year, null, null);
    }

    static Figure achieved(String measure, double value, String unit, String year) {
        return new Figure("achievement", measure, value, null, unit, "exact", year, null, null);
    }

    static Status judge(Figure target, Figure... achievements) {
        return StatusRule.judge(target, List.of(achievements), Optional.empty()).status();
    }

    @Test
    void atLeastIsMetByMoreAndMissedByLess() {
        Figure t = target("rate", 5, null, "%", "at_least", "2024");
        assertEquals(Status.MET, judge(t, achieved("rate", 5.2, "%", "2024")));
        assertEquals(Status.MET, judge(t, achieved("rate", 5.0, "%", "2024")));
        assertEquals(Status.MISSED, judge(t, achieved("rate", 4.9, "%", "2024")));
    }

    @Test
    void atMostIsMetByLessUsingTheUpperBoundOfARange() {
        Figure t = target("amount", 35, 37.0, "微克/立方米", "at_most", "2025");
        assertEquals(Status.MET, judge(t, achieved("amount", 36, "微克/立方米", "2025")));
        assertEquals(Status.MISSED, judge(t, achieved("amount", 38, "微克/立方米", "2025")));
    }

    @Test
    void approxIsMetWithinTheToleranceAndJudgedByDirectionOutsideIt() {
        Figure growth = target("rate", 5, null, "%", "approx", "2025");
        assertEquals(Status.MET, judge(growth, achieved("rate", 4.8, "%", "2025")));
        assertEquals(Status.MET, judge(growth, achieved("rate", 5.3, "%", "2025")));
        assertEquals(Status.MET, judge(growth, achieved("rate", 6.1, "%", "2025")), "a growth target beaten is met");
        assertEquals(Status.MISSED, judge(growth, achieved("rate", 4.5, "%", "2025")));
        Figure decline = target("rate", -3, null, "%", "approx", "2025");
        assertEquals(Status.MET, judge(decline, achieved("rate", -4, "%", "2025")), "declined more than planned");
        assertEquals(Status.MISSED, judge(decline, achieved("rate", -1, "%", "2025")));
        Figure share = target("share", 5.5, null, "%", "approx", "2025");
        assertEquals(Status.UNKNOWN, judge(share, achieved("share", 4.0, "%", "2025")), "no direction known");
        assertEquals(Status.MET, StatusRule.judge(share, List.of(achieved("share", 4.0, "%", "2025")),
                Optional.of(Direction.DOWN)).status(), "the resource's direction decides");
        Figure amount = target("amount", 2, null, "万亿元", "approx", "2027");
        assertEquals(Status.MET, judge(amount, achieved("amount", 1.95, "万亿元", "2027")), "within 3 %");
    }

    @Test
    void pendingWithoutAnAchievementForTheYearAndUnknownWhenNotComparable() {
        Figure t = target("rate", 5, null, "%", "approx", "2025");
        assertEquals(Status.PENDING, judge(t));
        assertEquals(Status.PENDING, judge(t, achieved("rate", 4.7, "%", "2024")));
        assertEquals(Status.UNKNOWN, judge(t, achieved("amount", 1.6, "万亿元", "2025")));
        Figure span = target("rate", 6, null, "%", "approx", "2021-2025");
        assertEquals(Status.PENDING, judge(span, achieved("rate", 6, "%", "2025")), "a span needs an achievement for the span");
        assertEquals(Status.MET, judge(span, achieved("rate", 6.1, "%", "2021-2025")));
    }

    @Test
    void baseUnitsMakeAmountsComparableAndTheFirstComparableAchievementDecides() {
        Figure t = new Figure("target", "amount", 2, null, "万亿元", "at_least", "2027", 2e12, "元");
        Figure a = new Figure("achievement", "amount", 21000, null, "亿元", "exact", "2027", 2.1e12, "元");
        assertEquals(Status.MET, judge(t, a));
        Figure later = achieved("rate", 3, "%", "2027");
        TargetStatus s = StatusRule.judge(t, List.of(later, a), Optional.empty());
        assertEquals(Status.MET, s.status());
        assertEquals(1, s.achievementIndex());
    }
}
