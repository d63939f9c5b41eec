package io.mubiao.extract.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RowUnitsTest {
    @Test
    void theUnitInBracketsAtTheEndOfTheIndicator() {
        assertEquals("%", RowUnits.bracketedUnit("空气质量优良天数比率（%）"));
        assertEquals("微克/立方米", RowUnits.bracketedUnit("细颗粒物（PM2.5）平均浓度（微克/立方米）"));
        assertEquals("万亩", RowUnits.bracketedUnit("新增造林面积（万亩）"));
        assertEquals("亿元", RowUnits.bracketedUnit("地区生产总值（单位：亿元）"));
        assertNull(RowUnits.bracketedUnit("新建数据中心电能利用效率（PUE）"), "brackets that hold no unit");
    }

    @Test
    void theIndicatorLosesItsUnitAndNumberingButNotOtherBrackets() {
        assertEquals("细颗粒物（PM2.5）平均浓度", RowUnits.indicator("细颗粒物（PM2.5）平均浓度（微克/立方米）"));
        assertEquals("新建数据中心电能利用效率（PUE）", RowUnits.indicator("新建数据中心电能利用效率（PUE）"));
        assertEquals("地区生产总值", RowUnits.indicator("1. 地区生产总值"));
        assertEquals("城镇新增就业", RowUnits.indicator("（3）城镇新增就业（万人）"));
    }

    @Test
    void aUnitColumnGivesTheUnitOrSaysThereIsNone() {
        assertEquals("亿元", RowUnits.unitCell("亿元"));
        assertEquals("", RowUnits.unitCell("—"), "— in a unit column: the figures have no unit");
        assertNull(RowUnits.unitCell(""));
        assertNull(RowUnits.unitCell("预期性"), "no unit at all");
    }

    @Test
    void theCaptionMayGiveTheUnitOfTheWholeTable() {
        assertEquals("亿元", RowUnits.captionUnit("表3 主要指标（单位：亿元）"));
        assertEquals("万吨", RowUnits.captionUnit("单位: 万吨"));
        assertNull(RowUnits.captionUnit("表1 主要指标"));
        assertNull(RowUnits.captionUnit(null));
    }

    @Test
    void unitsOfTheLexiconWithAMagnitudeOrPerUnit() {
        assertTrue(RowUnits.isUnit("万人"));
        assertTrue(RowUnits.isUnit("元/人"));
        assertTrue(RowUnits.isUnit("吨/万元"));
        assertFalse(RowUnits.isUnit("万"));
        assertFalse(RowUnits.isUnit("约束性"));
    }
}
