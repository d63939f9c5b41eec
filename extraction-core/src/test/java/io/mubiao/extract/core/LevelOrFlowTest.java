package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LevelOrFlowTest {
    /** Whether {@code figure}, the first figure of {@code sentence}, is a level reached (else a flow over the span). */
    private static boolean level(String sentence, String figure, String measure) {
        int at = sentence.indexOf(figure);
        Mention m = MentionScanner.scan(sentence, at, sentence.length()).get(0);
        String pre = sentence.substring(0, at);
        return LevelOrFlow.isLevel(pre, IndicatorPhrases.core(pre), measure, m, sentence.substring(m.start(), m.end()));
    }

    @Test
    void aLevelReachedAtThePeriodsEnd() {
        assertTrue(level("地区生产总值达到14.2万亿元", "14.2", "amount"));
        assertTrue(level("民营经营主体超178万户", "178", "amount"));
        assertTrue(level("常住人口城镇化率65%", "65", "share"), "a share is a level");
        assertTrue(level("生产总值6.66万亿元", "6.66", "amount"), "a bare name before its figure");
    }

    @Test
    void aFlowAnAverageOrAStreakCoversTheSpan() {
        assertFalse(level("新增就业603.7万人", "603.7", "amount"));
        assertFalse(level("地区生产总值年均增长6%", "6", "rate"));
        assertFalse(level("累计开行中欧班列1.7万列", "1.7", "amount"));
        assertFalse(level("粮食产量稳定在1250万吨以上", "1250", "amount"), "a figure held");
    }
}
