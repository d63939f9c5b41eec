package io.mubiao.extract.core;

import io.mubiao.text.Magnitudes;

/**
 * The characters numbers are written with: Arabic digits (half- and full-width), Chinese digits in common,
 * financial and traditional writing (一, 壹, 兩, 〇), the magnitudes 十百千 (拾佰仟) and 万亿 (萬億), the decimal
 * point in words (点) and the marks of a round lower bound (多, 余, 几).
 */
final class Numerals {
    /** The Chinese numerals as a regex character class body: digits, magnitudes, financial and traditional forms. */
    static final String CHINESE = "零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟贰貳兩陸萬億";

    private Numerals() {
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    static int digitValue(char c) {
        return c >= '０' && c <= '９' ? c - '０' : c - '0';
    }

    /** 零..九 in common, financial (壹贰叁) and traditional (兩陸) writing, 两/俩; -1 for anything else. */
    static int chineseDigit(char c) {
        switch (c) {
            case '零': case '〇': case '○': return 0;
            case '一': case '壹': return 1;
            case '二': case '两': case '贰': case '貳': case '兩': case '俩': case '倆': return 2;
            case '三': case '叁': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': case '陸': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
            default: return -1;
        }
    }

    /** 十, 百, 千 (and 拾佰仟) within a section; 万 and 亿 (萬億) are section magnitudes; -1 otherwise. */
    static long chineseUnit(char c) {
        return Magnitudes.ofChar(c);
    }

    static boolean isChineseNumeral(char c) {
        return chineseDigit(c) >= 0 || chineseUnit(c) > 0;
    }

    /** A character a number expression may start with or continue with. */
    static boolean isNumeral(char c) {
        return isDigit(c) || isChineseNumeral(c);
    }

    static boolean isPoint(char c) {
        return c == '点' || c == '點';
    }

    /** 多, 余, 几 (一千多万, 500余万, 二十几万): the round figure before them is a lower bound. */
    static boolean isApprox(char c) {
        return c == '多' || c == '余' || c == '餘' || c == '几' || c == '幾';
    }
}
