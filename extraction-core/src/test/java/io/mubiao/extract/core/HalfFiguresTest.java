package io.mubiao.extract.core;

import static io.mubiao.extract.core.FigureTestSupport.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HalfFiguresTest {
    @Test
    void halvesAreShares() {
        assertEquals(List.of("过半 0.5  at_least"), pattern(HalfFigures::find, "民营经济占比过半。"));
        assertEquals(List.of("一半 0.5  null"), pattern(HalfFigures::find, "新增贷款的一半投向制造业。"));
        assertEquals(List.of("半数 0.5  null"), pattern(HalfFigures::find, "半数以上县实现全覆盖。"));
    }

    @Test
    void halfAnHourOrADayAndHalfATenth() {
        assertEquals(List.of("半小时 0.5 小时 null"), pattern(HalfFigures::find, "形成半小时通勤圈。"));
        assertEquals(List.of("半成 0.5 成 null"), pattern(HalfFigures::find, "利率下调半成。"));
        assertEquals(List.of(), pattern(HalfFigures::find, "提高三成半。"), "三成半 is read with its number");
        assertEquals(List.of(), pattern(HalfFigures::find, "缩短到一个半小时。"), "一个半小时 is read with its number");
    }
}
