package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class VerbTailTest {
    @Test
    void fillersBeforeTheFigureAreSkipped() {
        assertEquals("规模以上工业增加值同比下降", VerbTail.strip("规模以上工业增加值同比下降"), "下降 is the verb: kept");
        assertEquals("居民人均可支配收入增长", VerbTail.strip("居民人均可支配收入增长了"));
        assertEquals("两项指标", VerbTail.strip("两项指标分别"));
        assertEquals("城乡居民收入增长", VerbTail.strip("城乡居民收入增长 "));
        assertEquals("地区生产总值", VerbTail.strip("地区生产总值预计同比"), "fillers one after another");
    }

    @Test
    void theCueTheVerbChainEndsWith() {
        assertEquals("控制在", VerbTail.endingWith("城镇调查失业率控制在", "comparator.prefix.at_most"));
        assertEquals("突破", VerbTail.endingWith("进出口总额均突破", "comparator.prefix.at_least"));
        assertNull(VerbTail.endingWith("地区生产总值增长", "comparator.prefix.at_most"));
    }
}
