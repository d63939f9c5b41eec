package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceLabFinderTest {

    private final PlaceLabFinder finder = new PlaceLabFinder(CueLexicon.get());

    @Test
    void aLabNamedByItsPlaceKeepsTheFieldBeforeIt() {
        assertEquals(List.of("低维电子材料海河实验室"), Lines.texts(finder, "建设低维电子材料海河实验室。")); // a gazetteer lab
        assertEquals(List.of("生物育种钟山实验室"), Lines.texts(finder, "促进国家农创中心和生物育种钟山实验室建设。")); // 钟山/ns
        assertEquals("FACILITY", Lines.find(finder, "建设低维电子材料海河实验室。").get(0).type());
    }

    @Test
    void notALabWithoutAFieldNorAfterANumber() {
        assertTrue(Lines.texts(finder, "支持崂山实验室建设。").isEmpty());
        assertTrue(Lines.texts(finder, "建设20个海河实验室。").isEmpty());
        assertTrue(Lines.texts(finder, "新增全国重点实验室5家。").isEmpty());
    }
}
