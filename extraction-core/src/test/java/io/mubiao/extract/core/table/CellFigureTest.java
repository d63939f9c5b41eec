package io.mubiao.extract.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CellFigureTest {
    private static final int[] PLAN = {2021, 2025};

    private static CellFigure read(String header, String cell, String indicator, String rowUnit) {
        return CellFigure.of(Column.of(header, 0, 0), CellValue.parse(cell),
                new CellFigure.RowContext(indicator, rowUnit, null, PLAN, 2021));
    }

    @Test
    void aBaseYearReportsATargetYearPlans() {
        CellFigure base = read("2020年", "1250", "地区生产总值", "亿元");
        assertEquals("achievement", base.kind());
        assertEquals("2020", base.year());
        assertEquals("amount", base.measure());
        CellFigure goal = read("2025年", "35", "战略性新兴产业增加值比重", "%");
        assertEquals("target", goal.kind());
        assertEquals("share", goal.measure());
        assertEquals("2025", goal.year());
        assertEquals("2025", read("目标值", "1700", "地区生产总值", "亿元").year(), "a planned column: the period's end");
    }

    @Test
    void annualGrowthIsARateOverThePeriod() {
        CellFigure f = read("年均增长（%）", "6.5", "地区生产总值", "亿元");
        assertEquals("rate", f.measure());
        assertEquals("%", f.unit());
        assertEquals("2021-2025", f.year());
        assertEquals("target", f.kind());
    }

    @Test
    void aBracketedCellIsATotalOverThePeriodReadByTheIndicator() {
        CellFigure fall = read("2025年", "[13.5]", "单位地区生产总值能耗降低", "%");
        assertEquals("rate", fall.measure());
        assertEquals(-13.5, fall.value());
        assertEquals("2021-2025", fall.year());
        CellFigure points = read("2025年", "[7]", "战略性新兴产业增加值比重", "%");
        assertEquals("delta", points.measure());
        assertEquals("个百分点", points.unit());
        CellFigure flow = read("五年累计", "6", "城镇新增就业", "万人");
        assertEquals("amount", flow.measure());
        assertEquals("万人", flow.unit());
    }

    @Test
    void aFallInALevelColumnIsANegativeRate() {
        CellFigure f = read("2025年", "18", "单位GDP二氧化碳排放降低", null);
        assertEquals("rate", f.measure());
        assertEquals(-18, f.value());
        assertEquals("%", f.unit());
    }
}
