package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcludedUnitsTest {
    private static boolean excluded(String text, String numberAndUnit, String unit) {
        int end = text.indexOf(numberAndUnit) + numberAndUnit.length();
        return ExcludedUnits.excluded(text, end, unit, text.length());
    }

    @Test
    void yearsDurationsAndSizeClasses() {
        assertTrue(excluded("连续5年保持增长", "5年", "年"));
        assertTrue(excluded("实施三年行动", "三年", "年"));
        assertTrue(excluded("研制25兆瓦级风电轴承", "25兆瓦", "兆瓦"));
        assertTrue(excluded("3个月内办结", "3个", "个"));
        assertFalse(excluded("新建3个园区", "3个", "个"));
    }

    @Test
    void anAgeOnlyWhereItClosesTheClause() {
        assertTrue(excluded("3岁以下婴幼儿照护", "3岁", "岁"));
        assertFalse(excluded("人均预期寿命达到82.58岁。", "82.58岁", "岁"));
    }

    @Test
    void meetingsVerbsAndDeadlines() {
        assertTrue(excluded("第十二次代表大会", "十二次", "次"));
        assertTrue(excluded("三列入名单", "三列", "列"));
        assertTrue(excluded("30天内办结", "30天", "天"));
        assertFalse(excluded("空气优良天数达到300天。", "300天", "天"));
    }
}
