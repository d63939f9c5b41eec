package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberReaderTest {
    private static NumberParser.Reading read(String text) {
        return new NumberReader(text, 0, text.length()).read();
    }

    @Test
    void sectionsGroupUnderWanAndYi() {
        assertEquals(4_540_040_000d, read("四十五亿四千零四万").value());
        assertEquals(1e12, read("万亿元").value(), "万亿: a magnitude on a magnitude, a bare one stands for one");
        assertEquals(780_506d, read("七十八萬五佰零六").value());
    }

    @Test
    void theShortFormCountsInTheNextLowerPlace() {
        assertEquals(2300d, read("两千三").value());
        assertEquals(15_000d, read("一万五").value());
        assertEquals(1005d, read("一千零五").value(), "after 零 the digit is a unit");
    }

    @Test
    void wherePartsStopTheExpression() {
        assertEquals(2, read("一万5").end(), "digits do not follow numerals in words");
        assertEquals(1, read("9三").end(), "words do not follow digits");
        assertEquals(1, read("5千瓦").end(), "千瓦 is a unit, not a magnitude");
        assertEquals(1, read("十百").end(), "十百 is not well formed");
        assertEquals(3, read("五亿零万").end(), "五亿零万 is not well formed: the number stops before 万");
        assertNull(read("元"));
    }

    @Test
    void digitRunsDecimalsLowerBoundsAndDozens() {
        NumberParser.Reading year = read("二〇二三");
        assertEquals(2023d, year.value());
        assertTrue(year.digitRun());
        assertEquals(20_000_000.5544, read("两千万点五五四四").value(), 1e-6);
        NumberParser.Reading approx = read("二十几万");
        assertEquals(200_000d, approx.value());
        assertTrue(approx.approx());
        assertEquals("万", approx.magnitude());
        assertEquals(36d, read("三打件").value(), "打 is a dozen when a unit follows");
        assertEquals(3d, read("三打鸡蛋").value(), "no unit after 打: not a dozen");
        assertEquals(50d, read("半百").value());
        assertFalse(read("十万").bare(), "十 is a number: 十万 is ten of them");
        assertTrue(read("千亿").bare());
    }
}
