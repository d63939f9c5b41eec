package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NumberWordsTest {
    @Test
    void everySectionTheRulesReadIsThere() {
        for (String section : new String[] {"rank.verb", "rank.scope", "rank.after", "rank.title.verb", "bare.before",
                "term.tail", "count.name", "threshold.level", "tenth.word.after"}) {
            assertFalse(NumberWords.list(section).isEmpty(), section + " missing from extraction/numbers.txt");
        }
    }

    @Test
    void wordsEndingOrStartingAtAnOffset() {
        assertEquals("位居", NumberWords.endingAt("经济总量位居全国第三", 0, 6, "rank.verb"));
        assertEquals("全国", NumberWords.endingAt("经济总量位居全国第三", 0, 8, "rank.scope"));
        assertNull(NumberWords.endingAt("位居全国第三", 2, 2, "rank.verb"), "not before from");
        assertEquals("超", NumberWords.endingAt("营业收入超千亿元", 0, 5, "bare.before"));
        assertEquals("结构", NumberWords.startingAt("城乡二元结构", 4, "term.tail"));
    }
}
