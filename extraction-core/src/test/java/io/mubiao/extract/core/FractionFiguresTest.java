package io.mubiao.extract.core;

import static io.mubiao.extract.core.FigureTestSupport.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FractionFiguresTest {
    @Test
    void aPowerOfTenOfAHundredOrMoreGivesAPercentage() {
        assertEquals(List.of("百分之五 5 % null"), pattern(FractionFigures::inWords, "失业率控制在百分之五。"));
        assertEquals(List.of("千分之三 0.3 % null"), pattern(FractionFigures::inWords, "人口自然增长率千分之三。"));
        assertEquals(List.of("百分之百 100 % null"), pattern(FractionFigures::inWords, "行政村通光纤百分之百。"));
    }

    @Test
    void anyOtherDenominatorGivesAFractionToFourPlaces() {
        assertEquals(List.of("三分之一 0.3333  null"), pattern(FractionFigures::inWords, "占全省三分之一。"));
        assertEquals(List.of("四分之三 0.75  null"), pattern(FractionFigures::inWords, "覆盖四分之三的乡镇。"));
        assertEquals(List.of(), pattern(FractionFigures::inWords, "三分之五"), "not a proper fraction");
    }

    @Test
    void aFractionInDigitsButNotADateOrARateUnit() {
        assertEquals(List.of("1/3 0.3333  null"), pattern(FractionFigures::slashed, "节约用地1/3。"));
        assertEquals(List.of(), pattern(FractionFigures::slashed, "PM2.5浓度35微克/立方米。"));
        assertEquals(List.of(), pattern(FractionFigures::slashed, "2023/06/02发布"));
    }
}
