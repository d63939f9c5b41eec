package io.mubiao.targets.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionTreeTest {
    @Test
    void nestsByLevelIncludingSkippedLevels() {
        List<SectionTree.Node> roots = SectionTree.build(List.of(
                new SectionTree.Flat(1, "一、", "过去五年工作回顾", 0, 100),
                new SectionTree.Flat(2, "（一）", "经济", 10, 50),
                new SectionTree.Flat(3, "专栏1", "指标", 20, 30),
                new SectionTree.Flat(2, "（二）", "民生", 50, 100),
                new SectionTree.Flat(1, "二、", "2023年工作安排", 100, 200),
                new SectionTree.Flat(3, "1.", "细项", 110, 120)));
        assertEquals(2, roots.size());
        assertEquals(2, roots.get(0).children().size());
        assertEquals("指标", roots.get(0).children().get(0).children().get(0).heading());
        assertEquals("细项", roots.get(1).children().get(0).heading(), "a level-3 directly under a level-1");
        assertEquals(List.of(), SectionTree.build(List.of()));
    }
}
