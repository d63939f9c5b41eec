package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The quotation, the bracketed place and the 沿/环 of a belt a modifier grows over. */
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

    @Test
    void aBeltKeepsThePlaceItRunsAlongOrAround() {
        HeadWordFinder finder = new HeadWordFinder(HeadWords.get(), CueLexicon.get());
        assertTrue(Lines.texts(finder, "推动环太湖科创圈建设。").contains("环太湖科创圈"));
        assertTrue(Lines.texts(finder, "共建杭州湾科技创新带。").contains("杭州湾科技创新带"));
        assertTrue(Lines.texts(finder, "打造沿黄生态廊道。").contains("沿黄生态廊道")); // 沿 + one character
        assertTrue(Lines.texts(finder, "深化沿沪宁产业创新带建设。").contains("沿沪宁产业创新带"));
        assertFalse(Lines.texts(finder, "加快建设产业创新带。").contains("产业创新带")); // no place: a kind
    }

    @Test
    void alongIsTheMarkBeforeAPlaceOrTheCharacterAfterIt() {
        LineContext line = Lines.of("沿黄生态廊道");
        assertTrue(ModifierEdges.along(line, 1, java.util.List.of())); // 黄 after 沿
        assertFalse(ModifierEdges.along(line, 0, java.util.List.of())); // 沿 with nothing after it yet
        assertFalse(ModifierEdges.isAlong(line, line.unit(1)));
    }

    @Test
    void aDashAfterABracketedPlaceStaysInTheName() {
        HeadWordFinder finder = new HeadWordFinder(HeadWords.get(), CueLexicon.get());
        assertTrue(Lines.texts(finder, "举办中国（河南）—东盟粮农合作发展大会等重大经贸活动。").contains("中国（河南）—东盟粮农合作发展大会"));
        LineContext line = Lines.of("中国（河南）—东盟");
        assertTrue(ModifierEdges.closesBracketedPlace(line, line.unitAt(line.s.indexOf('）'))));
        LineContext plain = Lines.of("县（市、区）—东盟");
        assertFalse(ModifierEdges.closesBracketedPlace(plain, plain.unitAt(plain.s.indexOf('）'))));
    }
}
