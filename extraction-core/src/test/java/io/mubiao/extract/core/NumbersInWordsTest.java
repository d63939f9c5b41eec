package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumbersInWordsTest {
    private static boolean mayStart(String text, String number) {
        int s = text.indexOf(number);
        return NumbersInWords.mayStart(text, 0, s, NumberParser.read(text, s, text.length()));
    }

    private static boolean areFigure(String text, String numberAndUnit, String unit) {
        int s = text.indexOf(numberAndUnit);
        NumberParser.Reading r = NumberParser.read(text, s, text.length());
        return NumbersInWords.areFigure(text, s + numberAndUnit.length(), unit, r);
    }

    @Test
    void notAnOrdinalNorARateBaseAndADigitLessMagnitudeOnlyAfterAWordOfLevel() {
        assertFalse(mayStart("第十届运动会", "十"));
        assertFalse(mayStart("每万人口拥有", "万"));
        assertTrue(mayStart("全市新增就业十二万人", "十二万"));
        assertTrue(mayStart("营业收入超千亿元", "千亿"));
        assertFalse(mayStart("投资千亿元项目", "千亿"), "no word of level before 千亿");
        assertTrue(mayStart("引进千余家企业", "千余"), "a round lower bound");
    }

    @Test
    void aCountInWordsIsAFigureFromTenUp() {
        assertTrue(areFigure("新建学校一百零二所。", "一百零二所", "所"));
        assertFalse(areFigure("坚决做到两个维护。", "两个", "个"));
        assertFalse(areFigure("实施十项行动。", "十项", "项"), "十项行动 names a programme");
        assertTrue(areFigure("人均增收二元。", "二元", "元"), "a measure at any size");
        assertFalse(areFigure("破除城乡二元结构。", "二元", "元"), "二元结构 is a term");
        assertFalse(areFigure("落实“新二十条”", "二十条", "条"), "closed by a quote mark");
    }
}
