package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IndicatorPhrasesTest {
    @Test
    void leadingTimeAndScopeWordsAndTheVerbChainAreCut() {
        assertEquals("地区生产总值", IndicatorPhrases.core("全市地区生产总值预计增长"));
        assertEquals("地区生产总值", IndicatorPhrases.core("2025年，全市地区生产总值增长"));
        assertEquals("单位地区生产总值能耗", IndicatorPhrases.core("单位地区生产总值能耗较2020年下降"), "a base is no part of it");
    }

    @Test
    void aNounAfterACountIsItsObject() {
        assertEquals("新建健身场地设施", IndicatorPhrases.name("新建", "健身场地设施。"));
        assertEquals("城镇调查失业率", IndicatorPhrases.name("城镇调查失业率控制在", null));
    }

    @Test
    void aVerbOnlyTextMayNameNothing() {
        assertEquals("", IndicatorPhrases.coreAllowEmpty("实施"));
        assertEquals("实施", IndicatorPhrases.core("实施"), "core keeps a lone verb");
    }
}
