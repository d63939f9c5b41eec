package io.mubiao.extract.core.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mubiao.extract.core.TimeScope;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanPeriodTest {
    private static final List<Column> YEARS = List.of(Column.of("2023年（基数）", 0, 0), Column.of("2024年", 0, 0),
            Column.of("2026年", 0, 0));

    @Test
    void theCaptionsPlanOrSpanComesFirst() {
        assertArrayEquals(new int[] {2021, 2025}, PlanPeriod.of("表1 “十四五”时期主要指标", YEARS, 2021, TimeScope.NONE));
        assertArrayEquals(new int[] {2024, 2026}, PlanPeriod.of("2024—2026年主要目标", List.of(), null, TimeScope.NONE));
    }

    @Test
    void elseTheYearColumnsFromTheYearAfterTheBase() {
        assertArrayEquals(new int[] {2024, 2026}, PlanPeriod.of("主要目标", YEARS, 2024, TimeScope.NONE));
        assertNull(PlanPeriod.of(null, List.of(Column.of("2025年", 0, 0)), 2021, TimeScope.NONE), "no base year");
    }
}
