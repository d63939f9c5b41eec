package io.mubiao.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mubiao.extract.core.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entity scorer counts what shared/eval/score.py counts: distinct normalized (text, type) per document. */
class EntityScorerTest {

    @Test
    void scorerMatchesScorePyNormalization() {
        List<EntityScorer.GoldEntity> gold = List.of(new EntityScorer.GoldEntity("d", "天津", "LOCATION", "天津市"),
                new EntityScorer.GoldEntity("d", "ＡＢ 公司", "ORG", "AB公司"));
        List<EntityMention> pred = List.of(new EntityMention("天津", "LOCATION", "天津市", 0, 2),
                new EntityMention("天津", "LOCATION", "天津市", 5, 7), new EntityMention("AB公司", "ORG", "AB公司", 9, 13),
                new EntityMention("北京", "ORG", "北京", 20, 22));
        EntityScorer.Score s = EntityScorer.scoreDocument(pred, gold);
        assertEquals(2, s.matched());
        assertEquals(3, s.predicted());
        assertEquals(2, s.gold());
    }
}
