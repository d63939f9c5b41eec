package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BaseYearTest {
    @Test
    void theBaseYearOfAChangeFromANamedBase() {
        assertEquals(2020, BaseYear.find("单位地区生产总值能耗较2020年"));
        assertEquals(2020, BaseYear.find("森林覆盖率比2020年末"));
        assertEquals(2012, BaseYear.find("与2012年相比，"));
        assertEquals(2020, BaseYear.find("细颗粒物浓度较“十三五”末"), "the end year of the 十三五 plan");
        assertNull(BaseYear.find("到2025年，地区生产总值"), "到 names the year measured, not a base");
    }

    @Test
    void theLastBaseNamedWins() {
        assertEquals(2020, BaseYear.find("2015年为100，较2020年"));
    }

    @Test
    void aChangeRunsFromTheBaseToTheYearMeasured() {
        assertEquals("2020-2025", BaseYear.span(2020, 2025));
        assertNull(BaseYear.span(2025, 2025));
        assertNull(BaseYear.span(null, 2025));
    }
}
