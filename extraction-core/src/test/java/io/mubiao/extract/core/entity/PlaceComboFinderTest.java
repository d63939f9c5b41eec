package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs of city abbreviations in a list closed by a word of cooperation or of a line. */
class PlaceComboFinderTest {

    private final PlaceComboFinder f = new PlaceComboFinder(CueLexicon.get());

    @Test
    void regionsAndLines() {
        assertEquals(List.of("锡常泰", "宁镇扬", "苏锡常"), Lines.texts(f, "推动苏锡常、宁镇扬、锡常泰等融合发展。"));
        assertEquals("LOCATION", Lines.find(f, "深化郑洛、郑许协同发展。").get(0).type());
        List<Span> lines = Lines.find(f, "加快推进平漯周、焦济洛平、郑州南站等高铁项目。");
        assertEquals(List.of("焦济洛平", "平漯周"), lines.stream().map(Span::canonical).toList());
        assertEquals("FACILITY", lines.get(0).type());
        assertTrue(Lines.texts(f, "北沿江、通苏嘉甬、盐泰锡常宜高铁加快建设。").contains("盐泰锡常宜高铁"));
    }

    @Test
    void commonWordsAndUnclosedListsAreNot() {
        assertTrue(Lines.find(f, "深化产城、城乡协同发展。").isEmpty());
        assertTrue(Lines.find(f, "推动苏锡常、宁镇扬、锡常泰发展。").isEmpty());
    }
}
