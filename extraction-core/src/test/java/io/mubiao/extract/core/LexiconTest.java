package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void theLongestCueStartingOrEndingAtAnOffset() {
        assertEquals("以上", Lexicon.startingAt("600万吨以上", 5, "comparator.suffix.at_least"));
        assertEquals("控制在", Lexicon.endingAt("失业率控制在", 6, "comparator.prefix.at_most"));
        assertNull(Lexicon.endingAt("失业率", 3, "comparator.prefix.at_most"));
        assertTrue(Lexicon.cues("time.present").contains("目前"));
    }

    @Test
    void aMisspeltSectionFailsInsteadOfSwitchingARuleOff() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.cues("time.presnt"));
        assertTrue(e.getMessage().contains("[time.presnt]") && e.getMessage().contains("cues.txt"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Lexicon.endingAt("增长", 2, "verb.change.upp"));
        assertThrows(IllegalArgumentException.class, () -> Lexicon.startingAt("以上", 0, "comparator.suffix"));
        assertThrows(IllegalArgumentException.class, () -> NumberWords.list("rank.verbs"));
    }
}
