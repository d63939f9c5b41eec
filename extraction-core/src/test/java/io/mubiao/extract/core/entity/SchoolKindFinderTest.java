package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.extract.core.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A school named only by its kind is no name. */
class SchoolKindFinderTest {

    private final SchoolKindFinder f = new SchoolKindFinder(HeadWords.get(), CueLexicon.get());

    private static List<String> orgs(String s) {
        return new EntityRecognizer().recognize(s).stream().filter(m -> m.type().equals("ORG")).map(EntityMention::text).toList();
    }

    @Test
    void kindsOfSchoolsAreNoNames() {
        assertEquals(List.of("职业本科大学"), Lines.texts(f, "支持高职高专学校升格为职业本科大学。"));
        assertEquals(List.of("推动高水平理工类中外合作大学"), Lines.texts(f, "推动高水平理工类中外合作大学建设"));
        assertTrue(orgs("支持有条件的高校设立科技商学院，建设产业学院、工程师学院。").isEmpty());
        assertTrue(orgs("建设一批特色学院、产业学院").isEmpty()); // the count and verb are hidden with the kind
    }

    @Test
    void aPlaceOrAProperWordMakesAName() {
        assertTrue(Lines.find(f, "成都航空职业技术大学、浙江工业大学").isEmpty());
        assertEquals(List.of("长沙文化科技大学", "郑州大学"), orgs("长沙文化科技大学、郑州大学"));
    }
}
