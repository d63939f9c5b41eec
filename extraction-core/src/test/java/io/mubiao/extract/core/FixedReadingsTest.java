package io.mubiao.extract.core;

import static io.mubiao.extract.core.FigureTestSupport.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FixedReadingsTest {
    @Test
    void digitClassesAreLowerBoundsOfARate() {
        assertEquals(List.of("两位数 10 % at_least"), pattern(FixedReadings::digitsClass, "外贸进出口保持两位数增长。"));
        assertEquals(List.of("三位数 100 % at_least"), pattern(FixedReadings::digitsClass, "新能源汽车产量实现三位数增长。"));
    }

    @Test
    void doublingAndFlat() {
        assertEquals(List.of("翻一番 100 % null"), pattern(FixedReadings::doubling, "城乡居民收入比2020年翻一番。"));
        assertEquals(List.of("翻两番 300 % null"), pattern(FixedReadings::doubling, "经济总量翻两番。"));
        assertEquals(List.of("持平略增 0 % at_least"), pattern(FixedReadings::flatOrUp, "粮食产量持平略增。"));
        assertEquals(List.of(), pattern(FixedReadings::flatOrUp, "与上年持平。"));
    }
}
