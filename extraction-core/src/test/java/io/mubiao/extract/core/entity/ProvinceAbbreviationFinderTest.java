package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 在津, 来沪, 驻豫: a one-character province after a verb of place. */
class ProvinceAbbreviationFinderTest {

    @Test
    void provinceAbbreviations() {
        ProvinceAbbreviationFinder f = new ProvinceAbbreviationFinder(CueLexicon.get());
        Span s = Lines.span(f, "北京投资来源单位在津新设机构261家。", "津").orElseThrow();
        assertEquals("LOCATION", s.type());
        assertTrue(s.canonical().startsWith("天津"));
        assertTrue(Lines.find(f, "在京剧院演出").isEmpty());
    }
}
