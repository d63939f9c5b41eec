package io.mubiao.extract.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellValueTest {
    @ParameterizedTest
    @ValueSource(strings = {"—", "-", "", "与经济增长同步", "高于全国平均水平", "2020年", "持续提高", "5G基站", "完成国家下达任务"})
    void aCellThatIsNotANumberAloneGivesNoFigure(String cell) {
        assertNull(CellValue.parse(cell));
    }

    @Test
    void comparatorsBeforeAndAfterTheNumber() {
        assertEquals("at_least", CellValue.parse("≥2.8").comparator());
        assertEquals("at_least", CellValue.parse("＞90").comparator());
        assertEquals("at_least", CellValue.parse("3.5以上").comparator());
        assertEquals("at_most", CellValue.parse("≤1.3").comparator());
        assertEquals("at_most", CellValue.parse("＜30").comparator());
        assertEquals("at_most", CellValue.parse("5以内").comparator());
        assertEquals("approx", CellValue.parse("5左右").comparator());
        assertEquals("exact", CellValue.parse("1250").comparator());
        assertEquals(5, CellValue.parse("5左右").value());
        assertNull(CellValue.parse("5左右").unit());
    }

    @Test
    void bracketsMarkATotalOverThePeriod() {
        CellValue v = CellValue.parse("[7]");
        assertTrue(v.cumulative());
        assertEquals(7, v.value());
        assertTrue(CellValue.parse("〔150〕").cumulative());
        assertNull(CellValue.parse("[7"));
    }

    @Test
    void aUnitWrittenInTheCellIsKept() {
        assertEquals("%", CellValue.parse("6.5%").unit());
        assertEquals("亿元", CellValue.parse("1700亿元").unit());
    }
}
