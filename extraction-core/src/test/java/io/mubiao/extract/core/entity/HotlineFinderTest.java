package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HotlineFinderTest {

    private final HotlineFinder finder = new HotlineFinder();

    @Test
    void aHotlineIsNamedByItsNumber() {
        assertEquals(List.of("12345热线"), Lines.texts(finder, "建强12345热线和“苏服办”平台。"));
        assertEquals(List.of("12356心理援助热线"), Lines.texts(finder, "建立省统一的12356心理援助热线体系。"));
        assertEquals(List.of("“12345”热线"), Lines.texts(finder, "“12345”热线受理诉求。"));
    }

    @Test
    void notALongerNumberNorAFigure() {
        assertTrue(Lines.texts(finder, "拨打0531123456热线。").isEmpty());
        assertTrue(Lines.texts(finder, "全年受理12000件，热线接通率提升。").isEmpty());
    }
}
