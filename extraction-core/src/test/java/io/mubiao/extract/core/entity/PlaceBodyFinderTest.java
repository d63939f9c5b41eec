package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A generic body grown over the place written before it. */
class PlaceBodyFinderTest {

    private final PlaceBodyFinder f = new PlaceBodyFinder();

    @Test
    void theBodyTakesThePlaceBeforeIt() {
        assertEquals(List.of("江苏省人民政府"), Lines.texts(f, "现在，我代表江苏省人民政府向大会报告工作"));
        assertEquals(List.of("河南省人民政府"), Lines.texts(f, "河南省人民政府省长王凯"));
        assertEquals(List.of("上海市人民政府"), Lines.texts(f, "经上海市人民政府同意"));
    }

    @Test
    void aBodyWithoutAPlaceIsLeftToTheGazetteer() {
        assertTrue(Lines.find(f, "我代表省人民政府，向全省人民致以问候").isEmpty());
        assertTrue(Lines.find(f, "在全省人民政府系统").isEmpty());
    }

    @Test
    void aDepartmentOfTheBodyTakesThePlaceToo() {
        DepartmentFinder d = new DepartmentFinder(CueLexicon.get());
        assertEquals(List.of("上海市人民政府办公厅"), Lines.texts(d, "上海市人民政府办公厅关于印发"));
    }
}
