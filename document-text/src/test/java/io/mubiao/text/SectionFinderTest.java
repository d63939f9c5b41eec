package io.mubiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The section tree: each heading governs the text up to the next heading of its level or an outer one. */
class SectionFinderTest {
    @Test
    void nestedRanges() {
        String text = "一、2024年工作回顾\n1高质量发展迈出坚实步伐\n正文。\n2改革开放不断深化拓展\n正文。\n二、2025年工作安排\n（一）扩大有效需求。正文。\n";
        List<Section> s = SectionFinder.find(text);
        int two = text.indexOf("二、");
        assertEquals(new Section(1, "一、", "2024年工作回顾", 0, two), s.get(0));
        assertEquals(new Section(3, "1", "高质量发展迈出坚实步伐", text.indexOf("1高"), text.indexOf("2改")), s.get(1));
        assertEquals(new Section(3, "2", "改革开放不断深化拓展", text.indexOf("2改"), two), s.get(2));
        assertEquals(new Section(1, "二、", "2025年工作安排", two, text.length()), s.get(3));
        assertEquals(new Section(2, "（一）", "扩大有效需求", text.indexOf("（一）"), text.length()), s.get(4));
        assertEquals(5, s.size());
    }

    @Test
    void anOuterHeadingRestartsTheBareSeries() {
        String text = "一、回顾\n1成效显著\n二、安排\n1扩大需求\n";
        assertEquals(List.of("回顾", "成效显著", "安排", "扩大需求"), SectionFinder.find(text).stream().map(Section::heading).toList());
    }
}
