package io.mubiao.extract.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ColumnTest {
    @Test
    void aHeaderTellsWhatItsColumnHolds() {
        assertEquals(Column.Role.VALUE, Column.of("2025年", 0, 0).role());
        assertEquals(2025, Column.of("2025年", 0, 0).year());
        assertEquals(Column.Role.ACHIEVED, Column.of("2023年（基数）", 0, 0).role());
        assertEquals(2023, Column.of("2023年（基数）", 0, 0).year());
        assertEquals(Column.Role.PLANNED, Column.of("2030年目标值", 0, 0).role());
        assertEquals(Column.Role.GROWTH, Column.of("年均增长（%）", 0, 0).role());
        assertEquals("%", Column.of("年均增长（%）", 0, 0).unit());
        assertEquals(Column.Role.CUMULATIVE, Column.of("五年累计", 0, 0).role());
        assertEquals(Column.Role.ATTRIBUTE, Column.of("指标属性", 0, 0).role());
        assertEquals(Column.Role.INDICATOR, Column.of("指标名称", 0, 0).role());
        assertEquals(Column.Role.UNIT, Column.of("单位", 0, 0).role());
        assertEquals(Column.Role.SKIP, Column.of("责任单位", 0, 0).role());
        assertEquals(Column.Role.SKIP, Column.of("序号", 0, 0).role());
        assertNull(Column.of("序号", 0, 0).year());
    }

    @Test
    void theUnitOfARowFromItsIndicatorCell() {
        assertEquals("%", RowUnits.bracketedUnit("空气质量优良天数比率（%）"));
        assertEquals("微克/立方米", RowUnits.bracketedUnit("细颗粒物（PM2.5）平均浓度（微克/立方米）"));
        assertEquals("万亩", RowUnits.bracketedUnit("新增造林面积（万亩）"));
        assertNull(RowUnits.bracketedUnit("新建数据中心电能利用效率（PUE）"));
        assertEquals("细颗粒物（PM2.5）平均浓度", RowUnits.indicator("细颗粒物（PM2.5）平均浓度（微克/立方米）"));
        assertEquals("新建数据中心电能利用效率（PUE）", RowUnits.indicator("新建数据中心电能利用效率（PUE）"));
        assertEquals("", RowUnits.unitCell("—"));
        assertEquals("亿元", RowUnits.captionUnit("表3 主要指标（单位：亿元）"));
    }
}
