package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MeasureClassifierTest {
    private static String measure(String pre, String unit) {
        return MeasureClassifier.classify(pre, IndicatorPhrases.core(pre), new Mention(0, 1, 1, 5, null, unit, null, null, 0));
    }

    @Test
    void percentagesAreRatesAfterAChangeVerbElseShares() {
        assertEquals("rate", measure("地区生产总值增长", "%"));
        assertEquals("rate", measure("居民消费价格涨幅", "%"));
        assertEquals("share", measure("数字经济核心产业增加值占比", "%"));
        assertEquals("share", measure("城镇调查失业率", "%"));
        assertEquals("share", measure("研发投入强度提高到", "%"), "a change verb then 到 states a level");
    }

    @Test
    void pointsAreDeltasAndCountsAfterAChangeVerbToo() {
        assertEquals("delta", measure("提高", "个百分点"));
        assertEquals("delta", measure("空气质量优良天数增加", "天"));
        assertEquals("amount", measure("新增就业", "万人"), "新增 is a count, not a change");
        assertEquals("amount", measure("粮食产量达到", "万吨"));
        assertEquals("rate", measure("算力规模增长", "倍"), "SCHEMA: 增长3倍 is a rate in 倍");
    }

    @Test
    void theFigureMayFixItsMeasure() {
        assertEquals("rate", MeasureClassifier.classify("保持", "", new Mention(0, 3, 3, 10, null, "%", "at_least", "rate", 0)));
        assertEquals("下降", MeasureClassifier.changeVerb("能耗同比下降"));
        assertNull(MeasureClassifier.changeVerb("新增"));
    }
}
