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
}
