package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KindClassifierTest {
    @Test
    void theScopeDecidesFirst() {
        assertEquals("achievement", KindClassifier.classify(TimeScope.year("achievement", 2025), "力争增长5%", 2026),
                "a review section reports even with a plan's word");
        assertEquals("achievement", KindClassifier.classify(TimeScope.year(null, 2024), "地区生产总值增长5%", 2026),
                "a year before the document's");
    }

    @Test
    void insideNoScopeTheClauseCuesDecide() {
        assertEquals("target", KindClassifier.classify(TimeScope.NONE, "力争地区生产总值增长5%", 2026));
        assertEquals("target", KindClassifier.classify(TimeScope.NONE, "到2027年建成", 2026));
        assertEquals("achievement", KindClassifier.classify(TimeScope.NONE, "规模以上工业增加值同比增长", 2026));
        assertEquals("achievement", KindClassifier.classify(TimeScope.NONE, "累计建成5G基站", 2026));
        assertEquals("target", KindClassifier.classify(TimeScope.NONE, "粮食产量稳定在", 2026), "no cue: a plan");
    }

    @Test
    void aPressConferenceReportsWhatItSaysHappened() {
        assertEquals("achievement", KindClassifier.classify(TimeScope.NONE, "全市新增就业", 2026, "新闻发布会"));
        assertEquals("target", KindClassifier.classify(TimeScope.NONE, "全市新增就业", 2026, "规划"));
        assertEquals("target", KindClassifier.classify(TimeScope.NONE, "明确重点任务", 2026, "新闻发布会"),
                "the contents of a plan it presents");
    }
}
