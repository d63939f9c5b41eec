package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(2023.0, NumberParser.parse("二〇二三"));
        assertNull(NumberParser.parse("一批"));
    }

    @Test
    void zerosMarkGapsAndMagnitudesGroupTheWayTheLanguageDoes() {
        assertEquals(10250.0, NumberParser.parse("一万二百五十"));
        assertEquals(10250.0, NumberParser.parse("一万零二百五十"));
        assertEquals(40006000.0, NumberParser.parse("四千万零六千"));
        assertEquals(4540040000.0, NumberParser.parse("四十五亿四千零四万"));
        assertEquals(1000060506.0, NumberParser.parse("十亿零六万零五百零六"));
        assertEquals(1100000.0, NumberParser.parse("一百零十万"));
        assertEquals(10.0, NumberParser.parse("零十"));
        assertEquals(2.1e13, NumberParser.parse("二十一万亿"));
        assertEquals(4e8, NumberParser.parse("四万万"), "a magnitude on a magnitude multiplies it");
    }

    @Test
    void financialAndTraditionalCharacters() {
        assertEquals(460.0, NumberParser.parse("肆佰陸拾"));
        assertEquals(107854.0, NumberParser.parse("十万柒仟捌佰伍拾肆"));
        assertEquals(2222.0, NumberParser.parse("兩千兩百貳拾二"));
        assertEquals(500000006.0, NumberParser.parse("五億零六"));
        assertEquals(100056.0, NumberParser.parse("拾萬零五十六"));
    }

    @Test
    void mixedDigitsAndMagnitudes() {
        assertEquals(54600.0, NumberParser.parse("5万4千6百"));
        assertEquals(500014600.0, NumberParser.parse("5亿1万4千6百"));
        assertEquals(20300000.0, NumberParser.parse("2千零30万"));
        assertEquals(34000.0, NumberParser.parse("3万4000"));
        assertEquals(4.78e12, NumberParser.parse("4.78万亿"));
        assertEquals(1e9, NumberParser.parse("10萬萬"));
        assertEquals(9e12, NumberParser.read("9万亿三个", 0, 5).value(), "a numeral in words does not continue digits");
        assertEquals(3, NumberParser.read("9万亿三个", 0, 5).end());
    }

    @Test
    void decimalsShortFormsAndPowers() {
        assertEquals(15.7, NumberParser.parse("十五点七"));
        assertEquals(10.233, NumberParser.parse("十点二三三"));
        assertEquals(0.5, NumberParser.parse("零点五"));
        assertEquals(20000000.5544, NumberParser.parse("两千万点五五四四"));
        assertEquals(35000.0, NumberParser.parse("三点五万"));
        assertEquals(2300.1, NumberParser.parse("两千三点一"), "两千三 is 2300");
        assertEquals(15000.0, NumberParser.parse("一万五"));
        assertEquals(50.0, NumberParser.parse("半百"));
        assertEquals(32.0, NumberParser.parse("2^5"));
        assertEquals(0.4, NumberParser.parse("2.5^-1"), 1e-12);
    }

    @Test
    void roundFiguresGiveTheirLowerBoundAndTheMagnitudeTheUnitTakes() {
        NumberParser.Reading r = NumberParser.read("一千多万元", 0, 5);
        assertEquals(1e7, r.value());
        assertTrue(r.approx());
        assertEquals("万", r.magnitude());
        assertEquals(1000.0, r.head());
        assertEquals(4, r.end());
        assertEquals(2e5, NumberParser.read("二十几万人", 0, 5).value());
        assertEquals(1.5e7, NumberParser.read("一千五百零几万", 0, 7).value());
        NumberParser.Reading big = NumberParser.read("4.78万亿元", 0, 7);
        assertEquals("万亿", big.magnitude());
        assertEquals(4.78, big.head());
        assertEquals("千万", NumberParser.read("5千万元", 0, 5).magnitude(), "千 after digits belongs to the magnitude");
        assertEquals("万", NumberParser.read("四千万元", 0, 5).magnitude(), "四千 is the number, 万 the magnitude");
    }

    @Test
    void unitsThatStartWithAMagnitudeEndTheNumber() {
        NumberParser.Reading r = NumberParser.read("120千瓦", 0, 5);
        assertEquals(120.0, r.value());
        assertEquals(3, r.end());
        assertEquals(2, NumberParser.read("3百分点", 0, 4).end() + 1);
    }

    @Test
    void bareMagnitudesAndNames() {
        NumberParser.Reading r = NumberParser.read("千亿元", 0, 3);
        assertTrue(r.bare());
        assertEquals(1e11, r.value());
        assertFalse(NumberParser.read("十万", 0, 2).bare(), "十 is a number");
        NumberParser.Reading plan = NumberParser.read("十四五规划", 0, 5);
        assertEquals(14.0, plan.value());
        assertEquals(2, plan.end(), "a second digit after 十四 ends the number");
    }
}
