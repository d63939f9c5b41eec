package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The dictionary as a prior: gazetteer names, party committees of a place, rail sections. */
class GazetteerFinderTest {

    private final GazetteerFinder f = new GazetteerFinder();

    @Test
    void gazetteerNamesAndPartyCommittees() {
        assertEquals("ORG", Lines.span(f, "天津市委召开会议", "天津市委").orElseThrow().type());
        assertEquals("FACILITY", Lines.span(f, "深化自贸试验区提升战略", "自贸试验区").orElseThrow().type());
    }

    @Test
    void railLinesKeepTheirSection() {
        assertTrue(Lines.span(f, "建成京滨城际南段。", "京滨城际南段").isPresent());
    }

    @Test
    void nationalBodiesBoardsAndProgrammes() {
        assertEquals("ORG", Lines.span(f, "人民解放军和武警部队", "武警部队").orElseThrow().type());
        assertEquals("FACILITY", Lines.span(f, "在科创板上市。", "科创板").orElseThrow().type());
        assertEquals("中国科学院和中国工程院", Lines.span(f, "新当选两院院士7名", "两院").orElseThrow().canonical());
    }

    @Test
    void aRiverKeepsItsSectionAndANewAreaItsCity() {
        GazetteerFinder g = new GazetteerFinder();
        assertTrue(Lines.span(g, "加快大运河（天津段）综合治理", "大运河（天津段）").isPresent());
        assertTrue(Lines.span(g, "支持南京江北新区高质量发展", "南京江北新区").isPresent());
    }
}
