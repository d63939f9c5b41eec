package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumeralsTest {
    @Test
    void digitsInCommonFinancialAndTraditionalWriting() {
        assertEquals(0, Numerals.chineseDigit('〇'));
        assertEquals(2, Numerals.chineseDigit('两'));
        assertEquals(2, Numerals.chineseDigit('兩'));
        assertEquals(3, Numerals.chineseDigit('叁'));
        assertEquals(6, Numerals.chineseDigit('陸'));
        assertEquals(-1, Numerals.chineseDigit('十'), "十 is a magnitude, not a digit");
        assertEquals(7, Numerals.digitValue('７'), "full-width digit");
        assertTrue(Numerals.isDigit('９'));
        assertFalse(Numerals.isDigit('九'));
    }

    @Test
    void magnitudesWithinAndAcrossSections() {
        assertEquals(10, Numerals.chineseUnit('拾'));
        assertEquals(1000, Numerals.chineseUnit('仟'));
        assertEquals(10_000, Numerals.chineseUnit('萬'));
        assertEquals(100_000_000, Numerals.chineseUnit('亿'));
        assertEquals(-1, Numerals.chineseUnit('兆'), "兆 is a unit prefix (兆瓦), not read as a magnitude");
    }

    @Test
    void numeralsPointsAndLowerBoundMarks() {
        assertTrue(Numerals.isNumeral('佰'));
        assertTrue(Numerals.isNumeral('5'));
        assertFalse(Numerals.isNumeral('元'));
        assertTrue(Numerals.isPoint('點'));
        assertTrue(Numerals.isApprox('余'));
        assertTrue(Numerals.isApprox('幾'));
        assertFalse(Numerals.isApprox('近'), "近 is a comparator word, not part of the number");
    }
}
