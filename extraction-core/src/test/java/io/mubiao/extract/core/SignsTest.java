package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignsTest {
    @Test
    void aChangeAfterAFallingVerbIsNegative() {
        assertEquals(-1, Signs.of("规模以上工业增加值同比下降", "rate"));
        assertEquals(-1, Signs.of("粗钢产量压减", "delta"));
        assertEquals(-1, Signs.of("PM2.5浓度改善", "rate"));
        assertEquals(-1, Signs.of("单位地区生产总值能耗累计下降超", "rate"), "a link between the verb and the figure");
        assertEquals(-1, Signs.of("企业开办时间缩短", "delta"));
        assertEquals(-1, Signs.of("能耗降幅超", "rate"), "a fall named by a noun");
    }

    @Test
    void risesComparisonsAndLevelsAreNotSigned() {
        assertEquals(1, Signs.of("地区生产总值增长", "rate"));
        assertEquals(1, Signs.of("降至", "amount"), "a level reached is never signed");
        assertEquals(1, Signs.of("PM2.5浓度下降到", "amount"));
        assertEquals(1, Signs.of("失业率低于", "share"));
        assertEquals(1, Signs.of("增幅达", "rate"));
    }
}
