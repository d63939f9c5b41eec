package io.mubiao.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lines the extractor skips: the shared line rules and the marker words in short lines. */
class FurnitureWordsTest {
    @Test
    void markerWordsInShortLines() {
        assertTrue(FurnitureWords.isFurniture("浏览次数：1203"), "a view count");
        assertTrue(FurnitureWords.isFurniture("咨询电话：022-23456789"), "a phone number");
        assertTrue(FurnitureWords.isFurniture("微信公众号二维码"));
        assertTrue(FurnitureWords.isFurniture("   "), "a blank line");
    }

    @Test
    void theSharedLineRulesToo() {
        assertTrue(FurnitureWords.isFurniture("— 12 —"), "a page number is no line for BoilerplateRules' marker words");
        assertTrue(FurnitureWords.isFurniture("抄送：市委各部门，市人大常委会办公厅。"));
    }

    @Test
    void proseQuotingAMarkerIsKept() {
        assertFalse(FurnitureWords.isFurniture("全市地区生产总值增长5%，一般公共预算收入增长4.1%。"));
        assertFalse(FurnitureWords.isFurniture("加强知识产权保护，严厉打击侵犯版权行为，推进软件正版化工作，" + "全面提升知识产权创造、运用、保护、"
                + "管理和服务水平，建成知识产权强市，每万人口高价值发明专利拥有量达到20件以上，版权登记量年均增长10%以上。"
                + "深化知识产权领域改革，完善知识产权保护体系。"), "a long paragraph with full stops");
    }
}
