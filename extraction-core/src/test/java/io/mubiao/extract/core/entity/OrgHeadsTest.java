package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mubiao.extract.core.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The organisation lines of entity/heads.tsv, read through the whole recognizer. */
class OrgHeadsTest {

    private final EntityRecognizer r = new EntityRecognizer();

    private List<String> orgs(String s) {
        return r.recognize(s).stream().filter(m -> m.type().equals("ORG")).map(EntityMention::text).toList();
    }

    @Test
    void theOfficeOfALeadingGroupIsOneName() {
        assertEquals(List.of("上海市产业协同创新领导小组办公室"), orgs("上海市产业协同创新领导小组办公室会同市级相关部门加强协同。"));
    }

    @Test
    void aFundWithAnAnchorIsABody() {
        assertEquals(List.of("上海产业转型升级二期基金"), orgs("用好上海产业转型升级二期基金。"));
        assertEquals(List.of(), orgs("设立专项基金，支持企业技术改造。"));
    }
}
