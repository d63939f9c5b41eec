package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void theLongestUnitOfTheTable() {
        assertEquals("个百分点", Units.unitAt("提高0.5个百分点", 5));
        assertEquals("吨标准煤", Units.unitAt("0.32吨标准煤/万元", 4));
        assertEquals("平方公里", Units.unitAt("1.2平方公里", 3));
        assertNull(Units.unitAt("5G基站", 1));
        assertEquals("万亿", Units.magnitudeAt("4.78万亿元", 4));
    }

    @Test
    void theBaseUnitAndTheValueInIt() {
        assertEquals("亩", Units.baseUnit("万亩"));
        assertEquals(22_600, Units.normalize(2.26, "万亩"), 1e-9);
        assertEquals("%", Units.baseUnit("成"));
        assertEquals(70, Units.normalize(7, "成"), 1e-9);
        assertEquals(0.3, Units.normalize(3, "‰"), 1e-9);
        assertEquals(75, Units.normalize(0.75, ""), 1e-9, "a fraction (四分之三) reads as %");
        assertEquals(4_780_000_000_000d, Units.normalize(4.78, "万亿元"));
        assertEquals("元/人", Units.baseUnit("万元/人"));
        assertEquals(250_000, Units.normalize(25, "万元/人"), 1e-9);
    }

    @Test
    void categoriesAndHeads() {
        assertTrue(Units.isCount("家"));
        assertEquals("measure", Units.category("吨"));
        assertEquals("套", Units.unitHead("套（间）"));
        assertEquals("万元", Units.numerator("万元/人"));
        assertEquals("微克/立方米", Units.numerator("微克/立方米"), "a unit of the table, not a rate");
        assertNull(Units.magnitudeOf("万达"), "万 is not a magnitude before a word that is no unit");
    }
}
