package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An organisation named by its level (省, 市) and an organisation head. */
class LevelPrefixFinderTest {

    private final LevelPrefixFinder f = new LevelPrefixFinder(HeadWords.get());

    @Test
    void theLevelAnchorsTheName() {
        assertEquals(List.of("省产业技术研究院"), Lines.texts(f, "推动省产业技术研究院深度参与"));
        assertEquals(List.of("省国金投资集团"), Lines.texts(f, "组建省国金投资集团，做强国有资本"));
        assertEquals(List.of("市空间信息产业专家委员会"), Lines.texts(f, "成立市空间信息产业专家委员会，构建人才格局"));
        assertEquals(List.of("省战略性新兴产业基金集群"), Lines.texts(f, "省战略性新兴产业基金集群规模超2000亿元。"));
    }

    @Test
    void noLevelWordNoHeadOrABuildingIsNoBody() {
        assertTrue(Lines.find(f, "全省产业技术研究院").isEmpty()); // 全省 is one word, no level of its own
        assertTrue(Lines.find(f, "推动省产业加快发展").isEmpty());
        assertTrue(Lines.find(f, "推进省文物考古研究院新院建设").isEmpty());
    }

    @Test
    void aDepartmentKeepsItsFullName() {
        Span s = Lines.find(f, "推动省发展改革委牵头").stream().findFirst().orElse(null);
        assertTrue(s == null || s.tier() == 0);
    }
}
