package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdCountsTest {
    /** The figures of {@code s} as "text kept|dropped (post)". */
    private static List<String> marked(String s) {
        List<ClauseFigure> fs = ClauseLayout.of(s, 0, s.length(), MentionScanner.scan(s, 0, s.length()));
        ThresholdCounts.mark(s, fs);
        return fs.stream().map(f -> s.substring(f.mention.start(), f.mention.end()) + (f.dropped ? " dropped" : " kept " + f.post))
                .toList();
    }

    @Test
    void aCountAboveARoundThresholdIsTheFigure() {
        assertEquals(List.of("8个 kept 产业规模超千亿元", "千亿元 dropped"), marked("全市8个产业规模超千亿元。"));
        assertEquals(List.of("191家 kept 工业企业营业收入超百亿元", "百亿元 dropped"), marked("191家工业企业营业收入超百亿元。"));
    }

    @Test
    void aThresholdWithoutACountOrAWrittenNumberStays() {
        assertEquals(List.of("千亿元 kept "), marked("生物医药产值超千亿元。"));
        assertEquals(List.of("8个 kept 产业规模超", "1200亿元 kept "), marked("8个产业规模超1200亿元。"),
                "a written number is a figure of its own");
    }

    @Test
    void theCountsNameIsAClass() {
        assertTrue(ThresholdCounts.namesAClass("产业规模超千亿元"));
        assertFalse(ThresholdCounts.namesAClass("新增超百亿元项目"));
    }
}
