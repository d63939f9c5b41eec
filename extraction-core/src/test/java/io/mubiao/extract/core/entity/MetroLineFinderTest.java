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
}
