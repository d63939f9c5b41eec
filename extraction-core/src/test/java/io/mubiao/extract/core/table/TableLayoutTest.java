package io.mubiao.extract.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TableLayoutTest {
    @Test
    void twoHeaderRowsJoinPerColumnAndASpannedHeaderCountsOnce() {
        // 指标 spans both header rows (rowspan=2); 2025年 spans two columns over 目标值 | 年均增长
        TableGrid g = new TableGrid()
                .row("类别", "指标", "2020年", "2025年", "2025年")
                .row("类别", "指标", "", "目标值", "年均增长（%）")
                .row("经济", "地区生产总值（亿元）", "1250", "1700", "6.5");
        TableLayout l = TableLayout.of(g.table());
        assertEquals(2, l.headerRows());
        assertEquals(1, l.indicatorCol());
        assertEquals("指标", l.columns().get(1).header());
        assertEquals("2025年 目标值", l.columns().get(3).header());
        assertEquals(Column.Role.PLANNED, l.columns().get(3).role());
        assertEquals(Column.Role.GROWTH, l.columns().get(4).role());
        assertEquals(Column.Role.SKIP, l.columns().get(0).role());
    }

    @Test
    void withoutAnIndicatorHeaderTheLastUnnamedColumnBeforeTheFiguresNamesTheRows() {
        TableGrid g = new TableGrid().row("序号", "", "2025年").row("1", "城镇新增就业（万人）", "12");
        assertEquals(1, TableLayout.of(g.table()).indicatorCol());
    }

    @Test
    void aTableWithNoHeaderNoBodyOrNoFigureColumnIsNoIndicatorTable() {
        assertNull(TableLayout.of(new TableGrid().row("地区生产总值", "1700").table()), "no header row");
        assertNull(TableLayout.of(new TableGrid().row("指标", "2025年").table()), "no body row");
        assertNull(TableLayout.of(new TableGrid().row("任务", "责任单位").row("建成5G基站", "市工信局").table()));
    }
}
