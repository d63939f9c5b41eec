package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Associations and alliances named by their field. */
class AssociationFinderTest {

    private final AssociationFinder f = new AssociationFinder(CueLexicon.get());

    @Test
    void aFieldOfFourCharactersOrMoreNamesTheBody() {
        assertEquals(List.of("空间信息产业协会"), Lines.texts(f, "依托空间信息产业协会、创新创业中心"));
        assertEquals(List.of("关爱退役军人协会"), Lines.texts(f, "更好发挥各级关爱退役军人协会作用"));
        assertEquals(List.of("长三角大科学装置联盟"), Lines.texts(f, "打造长三角大科学装置联盟和沿江创新发展带"));
    }

    @Test
    void kindsAreNot() {
        assertTrue(Lines.find(f, "推动行业协会商会规范发展").isEmpty());
        assertTrue(Lines.find(f, "组建产业联盟、科技创新联盟").isEmpty());
    }
}
