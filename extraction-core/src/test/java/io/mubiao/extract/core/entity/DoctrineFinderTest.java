package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.extract.core.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Doctrines are no entities and hide the names inside them; the leader's name elsewhere stays a PERSON. */
class DoctrineFinderTest {

    private final DoctrineFinder f = new DoctrineFinder(CueLexicon.get());

    @Test
    void aLeadersNameBeforeThoughtOrTheoryIsADoctrine() {
        assertTrue(Lines.texts(f, "坚持以习近平新时代中国特色社会主义思想为指导，").contains("习近平新时代中国特色社会主义思想"));
        assertEquals(List.of("毛泽东思想", "邓小平理论"), Lines.texts(f, "毛泽东思想、邓小平理论"));
        assertTrue(Lines.find(f, "以习近平同志为核心的党中央，统一思想").isEmpty()); // 思想 after the clause
    }

    @Test
    void theRecognizerKeepsNoNameFromADoctrine() {
        List<EntityMention> ms = new EntityRecognizer().recognize("坚持以习近平新时代中国特色社会主义思想为指导，习近平总书记强调。");
        assertEquals(List.of("习近平"), ms.stream().map(EntityMention::text).toList());
        assertEquals(23, ms.get(0).start());
        assertFalse(ms.stream().anyMatch(m -> m.type().equals(Span.NOT_A_NAME)));
    }
}
