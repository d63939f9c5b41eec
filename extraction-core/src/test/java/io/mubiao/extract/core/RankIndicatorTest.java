package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RankIndicatorTest {
    @Test
    void theScopeAfterARankVerbNamesWhereTheRankHolds() {
        assertEquals("全国", RankIndicator.scopeOf("升至全国第二"));
        assertEquals("全球", RankIndicator.scopeOf("升至全球第18位"));
        assertEquals("全国", RankIndicator.scopeOf("全国第一"));
        assertEquals("全国", RankIndicator.scopeOf("稳居全国同类城市第二"), "a short noun of what is ranked may stand between");
        assertNull(RankIndicator.scopeOf("跃升至第5位"), "no scope");
        assertNull(RankIndicator.scopeOf("全国，第一"), "a clause break ends the scope");
    }

    @Test
    void theIndicatorIsTheSubjectsRankInTheScope() {
        assertEquals("区域创新能力全国排名", RankIndicator.named("区域创新能力", "全国"));
        assertEquals("发展指数全球排名", RankIndicator.named("发展指数排位", "全球"), "排位 of the subject is the rank itself");
        assertEquals("进出口总额全国排名", RankIndicator.named("进出口总额全国排名", "全国"));
    }
}
