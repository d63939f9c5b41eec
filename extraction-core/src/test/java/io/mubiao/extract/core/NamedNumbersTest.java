package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamedNumbersTest {
    private static boolean inside(String text, String number) {
        int s = text.indexOf(number);
        return NamedNumbers.insideName(text, 0, s, s + number.length());
    }

    @Test
    void numbersGluedToLettersSignsOrInsideABookTitle() {
        assertTrue(inside("PM2.5平均浓度下降", "2.5"));
        assertTrue(inside("建成5G基站3万个", "5"));
        assertTrue(inside("实施1+3+4政策体系", "1"));
        assertTrue(inside("印发《2025年数字经济工作要点》", "2025"));
        assertFalse(inside("建成5万个基站", "5"));
        assertFalse(inside("《规划》提出建成5万个基站", "5"));
    }

    @Test
    void aShortQuotedName() {
        String s = "落实“双20条”措施";
        assertTrue(NamedNumbers.inShortQuote(s, 0, s.indexOf("20")));
        String t = "落实“新二十条”";
        assertTrue(NamedNumbers.inShortQuote(t, 0, t.indexOf("二十")));
        String u = "“十四五”时期，建成20个园区";
        assertFalse(NamedNumbers.inShortQuote(u, 0, u.indexOf("20")), "the quote closed before the number");
    }
}
