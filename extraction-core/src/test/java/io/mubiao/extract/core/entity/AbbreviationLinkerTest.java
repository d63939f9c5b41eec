package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.extract.core.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Short forms take the canonical name of a longer mention of the same document. */
class AbbreviationLinkerTest {

    @Test
    void shortFormsTakeTheFullNameOfTheSameDocument() {
        EntityMention full = new EntityMention("上海合作组织天津峰会", "EVENT", "上海合作组织天津峰会", 0, 10);
        EntityMention shortForm = new EntityMention("上合天津峰会", "EVENT", "上合天津峰会", 20, 26);
        EntityMention other = new EntityMention("上合天津峰会", "POLICY", "上合天津峰会", 30, 36);
        List<EntityMention> out = AbbreviationLinker.link(List.of(full, shortForm, other));
        assertEquals("上海合作组织天津峰会", out.get(1).canonical());
        assertEquals("上合天津峰会", out.get(2).canonical()); // another type is not linked
    }

    @Test
    void aQuotedNameIsWrittenOutNotShort() {
        EntityMention longer = new EntityMention("“人工智能+文化”行动", "POLICY", "“人工智能+文化”行动", 0, 11);
        EntityMention own = new EntityMention("“人工智能+”行动", "POLICY", "“人工智能+”行动", 20, 29);
        assertEquals("“人工智能+”行动", AbbreviationLinker.link(List.of(longer, own)).get(1).canonical());
    }

    @Test
    void aNameTheGazetteerKnowsIsNoShortForm() {
        EntityMention longer = new EntityMention("浙江工业大学", "ORG", "浙江工业大学", 0, 6);
        EntityMention own = new EntityMention("浙江大学", "ORG", "浙江大学", 20, 24);
        assertEquals("浙江大学", AbbreviationLinker.link(List.of(longer, own)).get(1).canonical());
    }
}
