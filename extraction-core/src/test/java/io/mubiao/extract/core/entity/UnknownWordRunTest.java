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

    @Test
    void aPrepositionInsideARunOfSingleCharactersIsPartOfTheName() {
        assertTrue(Lines.texts(finder, "出台郑开同城化发展规划，推进建设。").contains("郑开同城化发展规划")); // 同/p
        assertFalse(Lines.texts(finder, "出台郑开同城化发展规划，推进建设。").contains("城化发展规划"));
        assertTrue(Lines.texts(finder, "推动企业向数字化转型行动。").stream().noneMatch(t -> t.startsWith("向"))); // a clause's 向
    }
}
