package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnknownWordRunTest {

    private final HeadWordFinder finder = new HeadWordFinder(HeadWords.get(), CueLexicon.get());

    @Test
    void aRunOfSingleCharactersWithANameCharacterIsAName() {
        assertTrue(Lines.texts(finder, "神农实验室揭牌运行。").contains("神农实验室"));
        assertTrue(Lines.texts(finder, "建成鹏瑞利医院。").contains("鹏瑞利医院"));
    }

    @Test
    void wordsHanLpLacksWithoutANameCharacterAndAbbreviationsAreNoNames() {
        assertFalse(Lines.texts(finder, "建设低碳港区。").contains("低碳港区"));
        assertTrue(Lines.texts(finder, "推动文创园区建设。").isEmpty()); // 创/vg ends the run
    }
}
