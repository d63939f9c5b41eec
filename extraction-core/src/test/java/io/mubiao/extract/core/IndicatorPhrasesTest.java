package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IndicatorPhrasesTest {
    @Test
    void leadingTimeAndScopeWordsAndTheVerbChainAreCut() {
        assertEquals("地区生产总值", IndicatorPhrases.core("全市地区生产总值预计增长"));
        assertEquals("地区生产总值", IndicatorPhrases.core("2025年，全市地区生产总值增长"));
        assertEquals("单位地区生产总值能耗", IndicatorPhrases.core("单位地区生产总值能耗较2020年下降"), "a base is no part of it");
        assertEquals("PM2.5年均浓度", IndicatorPhrases.core("PM2.5年均浓度较“十三五”末改善"));
        assertEquals("城镇调查失业率", IndicatorPhrases.core("城镇调查失业率平均为"));
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

    @Test
    void theBaseOfAChangeIsNoPartOfTheName() {
        assertEquals("人均预期寿命", IndicatorPhrases.core("人均预期寿命从80.2岁提升至"));
        assertEquals("城镇化率", IndicatorPhrases.core("城镇化率由2020年的"), "the text before the base figure");
        assertEquals("城镇化率", IndicatorPhrases.core("城镇化率由2020年的63.5%提高到2025年的"));
        assertEquals("规上工业企业营收全国排名", IndicatorPhrases.core("规上工业企业营收从全国第12位跃升至"),
                "a rank's base keeps its scope");
        assertEquals("从业人员", IndicatorPhrases.core("从业人员"), "从 of a word");
        assertEquals("法人单位从业人员比“四经普”", IndicatorPhrases.core("法人单位从业人员比“四经普”"), "no figure right after 从");
        assertEquals("由政府主导的投资", IndicatorPhrases.core("由政府主导的投资"), "由 without a figure after it");
        assertEquals("生产总值", IndicatorPhrases.name("全市生产总值从", "增加到"), "a base figure names no object");
    }

    @Test
    void aStreakIsNoPartOfTheName() {
        assertEquals("区域创新能力", IndicatorPhrases.core("区域创新能力连续9年"));
        assertEquals("内河港口吞吐量", IndicatorPhrases.core("内河港口吞吐量5年增长"));
        assertEquals("城镇化率", IndicatorPhrases.core("城镇化率提升至"));
        assertEquals("第二轮土地承包到期后再延长三十年", IndicatorPhrases.core("第二轮土地承包到期后再延长三十年"),
                "a duration in words is part of a name");
    }

    @Test
    void aChangeVerbLeftAfterTheBaseIsCutWithIt() {
        assertEquals("跨部门综合监管事项", IndicatorPhrases.core("跨部门综合监管事项从拓展到"));
        assertEquals("开发区和工业园区", IndicatorPhrases.core("开发区和工业园区由整合为"));
    }
}
