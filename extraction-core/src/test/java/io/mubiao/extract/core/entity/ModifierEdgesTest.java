package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The quotation and the bracketed place a modifier grows over. */
class ModifierEdgesTest {

    @Test
    void aQuotationWithinTheClause() {
        String s = "实施绿电“三进”工程";
        assertEquals(s.indexOf('“'), ModifierEdges.openingQuote(s, s.indexOf('”')));
        assertEquals(-1, ModifierEdges.openingQuote("“两重”，推进”", 6));
    }

    @Test
    void aBracketedPlaceBetweenNames() {
        String s = "建设北京（京津冀）国际科技创新中心";
        assertEquals(s.indexOf('（'), ModifierEdges.bracketedPlace(Lines.of(s), s.indexOf('）')));
        String t = "建设中心（试点）";
        assertEquals(-1, ModifierEdges.bracketedPlace(Lines.of(t), t.indexOf('）')));
    }
}
