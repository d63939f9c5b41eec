package io.mubiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** One line's heading: its level, numbering, title and where an inline heading's paragraph starts. */
class HeadingsTest {
    @Test
    void levelsFromTheNumbering() {
        assertWhole(1, "一、", "2025年工作回顾", "一、2025年工作回顾");
        assertWhole(1, "第三章", "构建现代化产业体系", "第三章 构建现代化产业体系");
        assertWhole(1, null, "2025年工作安排", "2025年工作安排");
        assertWhole(2, "（二）", "扩大有效需求", "（二）扩大有效需求");
        assertWhole(2, "第一节", "总体要求", "第一节　总体要求");
        assertWhole(3, "专栏18", "重大工程", "专栏18 重大工程");
        assertWhole(3, "1.", "稳住工业基本盘", "1.稳住工业基本盘");
        assertWhole(3, "■", "民心工程", "■ 民心工程");
    }

    /** A heading that is its whole line: the paragraph, if any, starts on the next. */
    private static void assertWhole(int level, String label, String title, String line) {
        assertEquals(new Heading(level, label, title, line.length()), Headings.parse(line), line);
    }

    @Test
    void inlineHeadingLeavesItsParagraph() {
        String line = "（四）乡村振兴升级加力。新建高标准农田10万亩。";
        Heading h = Headings.parse(line);
        assertEquals("乡村振兴升级加力", h.title());
        assertEquals("新建高标准农田10万亩。", line.substring(h.bodyAt()));
        assertEquals("（四）乡村振兴升级加力", h.fullTitle());
    }

    @Test
    void paragraphsAreNoHeadings() {
        assertNull(Headings.parse("全市地区生产总值增长5%。"));
        assertNull(Headings.parse("1.5%的增速高于全国"), "a decimal is no numbering");
        assertNull(Headings.parse("（一）" + "推进".repeat(25) + "。后文"), "an inline title longer than 40 characters");
        assertNull(Headings.parse("2025年计划完成投资500亿元。"), "a year heading is a whole line");
    }

    @Test
    void bareNumbersOnlyInSeries() {
        assertEquals("高质量发展迈出坚实步伐", Headings.bareNumber("1高质量发展迈出坚实步伐", 0).title());
        assertEquals("2", Headings.bareNumber("2改革开放不断深化拓展", 1).label());
        assertNull(Headings.bareNumber("5改革开放不断深化拓展", 1), "not the next of the series");
        assertNull(Headings.bareNumber("20项民心工程全面完成，群众满意", 19), "a line with punctuation");
    }
}
