package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueLexiconTest {

    @Test
    void sectionsAreReadInOrderAndAMissingOneFails() {
        CueLexicon c = CueLexicon.parse("t", List.of("# comment", "[frame-verbs]", "实施", "开展", "", "[map]", "津\t天津"));
        assertEquals(List.of("实施", "开展"), c.section("frame-verbs"));
        assertEquals("天津", c.map("map").get("津"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.section("frame-verb"));
        assertTrue(e.getMessage().contains("frame-verb"));
        assertThrows(IllegalStateException.class, () -> CueLexicon.parse("t", List.of("实施")));
        assertThrows(IllegalStateException.class, () -> CueLexicon.parse("t", List.of("[a]", "x", "[a]", "y")));
    }

    @Test
    void theShippedLexiconHasEverySectionTheFindersRead() {
        new EntityRecognizer(); // constructing every finder reads every section; a missing one throws
        assertTrue(CueLexicon.get().set("frame-verbs").contains("实施"));
    }
}
