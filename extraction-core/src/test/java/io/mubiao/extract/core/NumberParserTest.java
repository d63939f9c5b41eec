package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NumberParserTest {
    @Test
    void arabicWithDecimalsSeparatorsAndFullWidthDigits() {
        assertEquals(1846.6, NumberParser.parse("1846.6"));
        assertEquals(1234567.0, NumberParser.parse("1,234,567"));
        assertEquals(2400.0, NumberParser.parse("２４００"));
        assertEquals(3.66, NumberParser.parse("３.６６"));
        assertNull(NumberParser.parse("12,34"));
    }

    @Test
    void chineseNumerals() {
        assertEquals(3.0, NumberParser.parse("三"));
        assertEquals(13.0, NumberParser.parse("十三"));
        assertEquals(21.0, NumberParser.parse("二十一"));
        assertEquals(1000.0, NumberParser.parse("千"));
        assertEquals(2500.0, NumberParser.parse("两千五百"));
        assertEquals(12000.0, NumberParser.parse("一万二千"));
        assertEquals(105.0, NumberParser.parse("一百零五"));
        assertEquals(300000000.0, NumberParser.parse("三亿"));
        assertNull(NumberParser.parse("一批"));
    }
}
