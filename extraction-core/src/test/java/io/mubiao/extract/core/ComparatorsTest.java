package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ComparatorsTest {
    private static Mention figure(String comparator, Double valueMax, String unit) {
        return new Mention(0, 2, 2, 5, valueMax, unit, comparator, null, 0);
    }

    @Test
    void aCeilingVerbOutranksTheFiguresOwnQualifier() {
        assertEquals("at_most", Comparators.resolve("城镇调查失业率控制在", figure("approx", null, "%")), "控制在5.5%左右");
        assertEquals("approx", Comparators.resolve("地区生产总值增长", figure("approx", null, "%")));
        assertEquals("at_least", Comparators.resolve("进出口总额突破", figure(null, null, "亿元")));
        assertEquals("approx", Comparators.resolve("常住人口约", figure(null, null, "万人")));
        assertEquals("at_least", Comparators.resolve("新增", figure(null, 10d, "万个")), "a range is its lower bound");
        assertEquals("exact", Comparators.resolve("粮食产量达到", figure(null, null, "万吨")));
    }

    @Test
    void aTravelTimeThatNamesARadiusIsACeiling() {
        assertEquals("at_most", Comparators.resolve("打造", figure(null, null, "分钟"), "便民生活圈"));
        assertEquals("exact", Comparators.resolve("缩短至", figure(null, null, "分钟"), "，"));
    }

    @Test
    void theSuffixAfterAFigure() {
        assertEquals(new Comparators.Suffix("以上", "at_least"), Comparators.suffixAt("600万吨以上", 5));
        assertEquals(new Comparators.Suffix("以内", "at_most"), Comparators.suffixAt("3%以内", 2));
        assertEquals(new Comparators.Suffix("左右", "approx"), Comparators.suffixAt("5%左右", 2));
        assertNull(Comparators.suffixAt("500余万", 3), "a one-character 余 belongs to the number");
    }
}
