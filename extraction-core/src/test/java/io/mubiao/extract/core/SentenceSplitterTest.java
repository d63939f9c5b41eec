package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text, 0, text.length()).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void aSemicolonClosesAStatementAsAFullStopDoes() {
        assertEquals(List.of("2022年地区生产总值达1.6万亿元；", "2023年增长5.7%。"),
                sentences("2022年地区生产总值达1.6万亿元；2023年增长5.7%。"));
    }

    @Test
    void closingQuotesAndParenthesesStayWithTheirSentence() {
        assertEquals(List.of("提出“建设人民城市。”", "全年新增就业12万人（含灵活就业）。）"),
                sentences("提出“建设人民城市。”全年新增就业12万人（含灵活就业）。）"));
        assertEquals(List.of("目标是什么？", "增长5%"), sentences("目标是什么？ 增长5%"), "leading spaces are skipped");
    }

    @Test
    void clauseBreaks() {
        assertTrue(SentenceSplitter.isClauseBreak('，'));
        assertTrue(SentenceSplitter.isClauseBreak('：'));
        assertFalse(SentenceSplitter.isClauseBreak('、'), "an enumeration comma does not end a clause");
    }
}
