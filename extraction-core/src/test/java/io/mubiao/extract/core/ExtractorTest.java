package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pipeline's own work: lines, headings, paragraphs and sentences in order, each target with its place. */
class ExtractorTest {
    private static final Extractor EXTRACTOR = new Extractor();
    private static final String REPORT = "2026年天津市政府工作报告\n"
            + "一、2025年工作回顾\n"
            + "过去一年，全市地区生产总值增长5.2%。\n"
            + "二、2026年工作安排\n"
            + "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇调查失业率控制在5.5%以内。\n";

    @Test
    void eachTargetCarriesItsSectionSentenceAndOffsets() {
        List<Target> ts = EXTRACTOR.targets(new SourceDocument("r", REPORT, LocalDate.of(2026, 1, 20), "政府工作报告"));
        assertEquals(3, ts.size(), () -> ts.toString());
        Target first = ts.get(0);
        assertEquals(List.of("一、2025年工作回顾"), first.section());
        assertEquals("achievement", first.kind());
        assertEquals("2025", first.year());
        assertEquals("过去一年，全市地区生产总值增长5.2%。", first.sentence());
        assertEquals(first.quote(), REPORT.substring(first.start(), first.end()));
        assertEquals(first.sentence(), REPORT.substring(first.sentenceStart(), first.sentenceEnd()));
        Target cap = ts.get(2);
        assertEquals(List.of("二、2026年工作安排"), cap.section());
        assertEquals("target", cap.kind());
        assertEquals("at_most", cap.comparator());
        assertTrue(cap.sentence().startsWith("城镇调查失业率"), "the semicolon closes the sentence before");
        assertFalse(ts.stream().anyMatch(t -> t.theme() == null), "every target is filed under a theme");
    }

    @Test
    void theDateIsReadFromTheTextWhenTheDocumentGivesNone() {
        String text = "──2026年1月20日在天津市第十八届人民代表大会第五次会议上\n今年地区生产总值增长5%左右。\n";
        Target t = EXTRACTOR.targets(new SourceDocument("r", text, null, null)).get(0);
        assertEquals("2026", t.year());
    }

    @Test
    void extractAddsTheEntities() {
        ExtractionResult r = EXTRACTOR.extract(new SourceDocument("r", REPORT, LocalDate.of(2026, 1, 20), "政府工作报告"));
        assertEquals(3, r.targets().size());
        assertTrue(r.entities().stream().anyMatch(e -> e.text().startsWith("天津")), () -> r.entities().toString());
    }
}
