package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConjoinedModifierTest {

    private final HeadWordFinder finder = new HeadWordFinder(HeadWords.get(), CueLexicon.get());
    private final ConjoinedModifier conjoined = new ConjoinedModifier(CueLexicon.get(), HeadWords.get());

    @Test
    void twoAimsJoinedByAndAfterAFrameVerbAreOneName() {
        assertTrue(Lines.texts(finder, "实施债券融资提升和不动产投资信托基金扩容计划。").contains("债券融资提升和不动产投资信托基金扩容计划"));
        assertTrue(Lines.texts(finder, "出台基础教育和职业教育改革行动方案，新建普通高中。").contains("基础教育和职业教育改革行动方案"));
        assertTrue(Lines.texts(finder, "深入开展作风顽疾和基层微腐败集中整治。").contains("作风顽疾和基层微腐败集中整治"));
    }

    @Test
    void notAfterANameALevelACountOrWithoutAFrame() {
        assertTrue(Lines.texts(finder, "实施城市更新行动和老旧小区改造行动。").contains("老旧小区改造行动")); // 城市更新行动 is a name
        assertTrue(Lines.texts(finder, "推进国家和省级生态产品价值实现机制试点。").stream().noneMatch(t -> t.contains("和")));
        assertTrue(Lines.texts(finder, "推进一批制度创新和改革试点。").stream().noneMatch(t -> t.contains("和")));
        assertTrue(Lines.texts(finder, "推进城市体检、老旧小区改造和城市更新行动。").contains("城市更新行动")); // no frame: a list
    }

    @Test
    void findsTheFrameVerbOnlyThroughAConjunction() {
        LineContext line = Lines.of("实施上市企业培育和高质量发展行动。");
        int and = line.unitIndexAt(line.s.indexOf('和'));
        assertEquals(0, conjoined.frameBefore(line, and, 0)); // 实施 is unit 0
        assertEquals(-1, conjoined.frameBefore(line, and - 1, 0));
        assertEquals(-1, conjoined.frameBefore(line, and, line.s.indexOf('企'))); // longer than the head allows
    }
}
