package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.extract.core.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A body after 各 is every body of a level, no name. */
class DistributiveBodyFinderTest {

    private final DistributiveBodyFinder f = new DistributiveBodyFinder(CueLexicon.get());

    @Test
    void aBodyAfterEachIsNoName() {
        assertEquals(List.of("各区人民政府"), Lines.texts(f, "各区人民政府，市政府各委、办、局："));
        assertEquals(Span.NOT_A_NAME, Lines.find(f, "会同市级相关部门、各区政府加强协同").get(0).type());
        List<String> names = new EntityRecognizer().recognize("各区人民政府，市政府各委、办、局：").stream()
                .map(EntityMention::text).toList();
        assertEquals(List.of("市政府"), names);
    }

    @Test
    void personsAndTheCongressStay() {
        assertTrue(Lines.find(f, "向各位政协委员表示感谢").isEmpty());
        assertTrue(Lines.find(f, "自觉接受各级人大监督").isEmpty());
        assertTrue(Lines.find(f, "市政府要加强协同").isEmpty());
    }
}
