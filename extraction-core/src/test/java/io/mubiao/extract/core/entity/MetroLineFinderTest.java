package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbered metro lines need their system word (地铁, 轨道交通, Z) or 地 before them. */
class MetroLineFinderTest {

    private final MetroLineFinder f = new MetroLineFinder();

    @Test
    void linesWithTheirSystemWordAndSection() {
        assertEquals(List.of("地铁4号线", "Z4号线一期"), Lines.texts(f, "建成地铁4号线，开工Z4号线一期。"));
        assertTrue(Lines.find(f, "新增3号线车辆").isEmpty());
    }

    @Test
    void aPhaseOrSectionMakesABareNumberALine() {
        assertEquals(List.of("地铁4号线北段", "7号线一期南段", "Z4线一期北段"), Lines.texts(f, "地铁4号线北段、7号线一期南段、Z4线一期北段建成通车。"));
        assertEquals(List.of("11号线延伸线"), Lines.texts(f, "加快推进11号线延伸线建设。"));
    }

    @Test
    void theItemsOfAListClosedByMetroAreLines() {
        // the first item holds the clause's verb (加快建设|崇明线) and is left alone
        assertEquals(List.of("19号线", "B1", "南枫线"), Lines.texts(f, "加快建设崇明线、19号线、南枫线、B1等轨道交通线。").stream().sorted().toList());
        assertTrue(Lines.texts(f, "加快建设崇明线、南枫线等项目。").isEmpty()); // no 等地铁: no list of lines
        assertTrue(Lines.texts(f, "新增3号线、5号线等公交线路。").isEmpty());
    }
}
