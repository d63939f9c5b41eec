package io.mubiao.extract.core;

import static io.mubiao.extract.core.FigureTestSupport.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionScannerTest {
    @Test
    void figuresOfASentenceInTextOrder() {
        assertEquals(List.of("5% 5 % null", "2400万元 2400 万元 null", "位居全国第三 3 位 exact"),
                scan("地区生产总值增长5%，完成投资2400万元，位居全国第三。"));
    }

    @Test
    void aPatternClaimsItsNumeralsBeforeTheNumbersAreRead() {
        assertEquals(List.of("三分之一 0.3333  null"), scan("占全省三分之一。"), "三 is not also a number");
        assertEquals(List.of("两位数 10 % at_least"), scan("保持两位数增长。"));
    }

    @Test
    void aQualifierAfterAPatternFigureBelongsToIt() {
        assertEquals(List.of("百分之五左右 5 % approx"), scan("增长百分之五左右。"));
        assertEquals(List.of("半数以上 0.5  at_least"), scan("半数以上县实现全覆盖。"));
    }

    @Test
    void whatOnlyLooksLikeAFigureIsLeftOut() {
        assertEquals(List.of(), scan("2025年，实施三年行动，PM2.5浓度下降，落实“双20条”。"));
        assertEquals(List.of(), scan("建设150万吨以上的物流园区。"));
        assertEquals(List.of(), scan("一是坚持两个毫不动摇。"), "a count in words below ten");
    }
}
