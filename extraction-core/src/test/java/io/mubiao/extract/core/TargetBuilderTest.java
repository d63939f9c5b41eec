package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetBuilderTest {
    private static Target build(String sentence, TimeScope outer) {
        List<Mention> ms = MentionScanner.scan(sentence, 0, sentence.length());
        Draft d = ClauseAnalyzer.analyze(sentence, 0, sentence.length(), ms).get(0);
        TargetBuilder.DocumentContext doc = new TargetBuilder.DocumentContext(sentence, 2026, TimeScope.NONE, null);
        return TargetBuilder.build(doc, new TextSpan(0, sentence.length()), d, outer, List.of("一、2025年工作回顾"));
    }

    @Test
    void eachFieldFromItsRule() {
        Target t = build("规模以上工业增加值同比下降3.2%。", TimeScope.year("achievement", 2025));
        assertEquals("规模以上工业增加值", t.indicator());
        assertEquals("rate", t.measure());
        assertEquals(-3.2, t.value(), "a fall is signed");
        assertEquals("exact", t.comparator());
        assertEquals("achievement", t.kind());
        assertEquals("2025", t.year());
        assertEquals(-3.2, t.normalizedValue());
        assertEquals("%", t.baseUnit());
        assertEquals(List.of("一、2025年工作回顾"), t.section());
    }

    @Test
    void aYearInTheSentenceOutranksTheOuterScopeAndACeilingRangeIsItsUpperBound() {
        Target t = build("到2027年，数字经济核心产业增加值达到1万亿元。", TimeScope.year("achievement", 2025));
        assertEquals("2027", t.year());
        assertEquals("target", t.kind());
        assertEquals(1e12, t.normalizedValue());
        Target ring = build("打造1—1.5小时交通圈。", TimeScope.year("target", 2026));
        assertEquals("at_most", ring.comparator());
        assertEquals(1.5, ring.value());
    }
}
