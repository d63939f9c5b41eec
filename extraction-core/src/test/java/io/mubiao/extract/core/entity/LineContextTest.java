package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A line cut into HanLP's words and gazetteer names. */
class LineContextTest {

    private static Unit unitOf(LineContext line, String text) {
        int i = line.s.indexOf(text);
        return line.unitAt(i);
    }

    @Test
    void gazetteerNamesAreUnitsAcrossQuotationMarks() {
        LineContext line = Lines.of("推动成渝“双城”经济圈建设。");
        Unit u = unitOf(line, "成渝");
        assertTrue(u.named());
        assertEquals("成渝“双城”经济圈", line.text(u));
    }

    @Test
    void aTwoCharacterNameMustBeAWholeWord() {
        assertFalse(unitOf(Lines.of("推进中国式现代化。"), "中国").named());
        assertTrue(unitOf(Lines.of("中国经济稳中向好。"), "中国").named());
    }

    @Test
    void aProgrammeOpeningInsideQuotationMarksTakesTheMark() {
        LineContext line = Lines.of("扎实开展“八五”普法。");
        assertEquals("“八五”普法", line.text(line.unitAt(4)));
        LineContext place = Lines.of("“三北”地区防护林。");
        assertEquals("三北", place.text(place.unitAt(1))); // a place keeps to its quotation
    }

    @Test
    void unitsCoverTheLineInOrder() {
        LineContext line = Lines.of("天津港保税区获批。");
        int end = 0;
        for (Unit u : line.units) {
            assertEquals(end, u.start());
            end = u.end();
        }
        assertEquals(line.length(), end);
    }
}
