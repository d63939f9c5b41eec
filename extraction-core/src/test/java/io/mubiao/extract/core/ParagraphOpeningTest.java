package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParagraphOpeningTest {
    private static String opening(String p) {
        return ParagraphOpening.of(p, 0, p.length());
    }

    @Test
    void anAddressBeforeTheOpeningCueIsSkipped() {
        assertEquals("各位代表，刚刚过去的2025年", opening("各位代表，刚刚过去的2025年，全市"));
        assertEquals("五年来", opening("五年来，我们"));
    }

    @Test
    void whatAYearWasGivesWayToTheCueAfterIt() {
        assertEquals("五年来", opening("各位代表！2025年是“十四五”收官之年。五年来，我们牢记嘱托"));
        assertEquals("一年来", opening("2025年是“十四五”收官之年。一年来，我们坚持"));
        assertEquals("2025年是“十四五”收官之年", opening("2025年是“十四五”收官之年。回望极不平凡的历程"),
                "no cue after it: the year stays");
        assertEquals("2025年是很不平凡的一年", opening("2025年是很不平凡的一年。面对复杂严峻的形势"));
    }
}
