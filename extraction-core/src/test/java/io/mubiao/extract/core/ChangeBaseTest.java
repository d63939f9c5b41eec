package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ChangeBaseTest {
    private static final TimeScope FIVE_YEARS = new TimeScope("achievement", 2021, 2025);

    @Test
    void theBaseOfAChangeIsTheLevelBeforeItsSpan() {
        assertEquals(TimeScope.year("achievement", 2020), ChangeBase.scope("上市公司从", FIVE_YEARS));
        assertEquals(TimeScope.year("achievement", 2025), ChangeBase.scope("农村低保标准的最低比例从", TimeScope.year("target", 2026)),
                "in this year's plan the base is last year's level, reported");
    }

    @Test
    void aWrittenBaseYearAndOtherFiguresAreLeftAlone() {
        assertSame(FIVE_YEARS, ChangeBase.scope("人均地区生产总值从2020年的", FIVE_YEARS), "the year written is the figure's");
        assertSame(FIVE_YEARS, ChangeBase.scope("上市公司从518家增加到", FIVE_YEARS), "the end of the change");
        assertSame(FIVE_YEARS, ChangeBase.scope("新增上市公司", FIVE_YEARS));
    }
}
