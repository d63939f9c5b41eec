package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mubiao.text.Section;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The core reads the headings its caller found, and finds them itself (the same rules) only when none are given. */
class SectionHeadingsTest {
    private static final Extractor EXTRACTOR = new Extractor();
    private static final String TEXT = "一、总体要求\n（一）发展目标。到2027年，全市地区生产总值达到2万亿元。\n重点任务\n新建5G基站1万个。\n";

    private static Target only(SourceDocument doc) {
        List<Target> ts = EXTRACTOR.targets(doc);
        return ts.get(0);
    }

    @Test
    void withoutSectionsTheCoreFindsTheNumberedHeadings() {
        List<Target> ts = EXTRACTOR.targets(new SourceDocument("t", TEXT, LocalDate.of(2025, 1, 1)));
        assertEquals(List.of("一、总体要求", "（一）发展目标"), ts.get(0).section());
        assertEquals("到2027年，全市地区生产总值达到2万亿元", ts.get(0).sentence().replace("。", ""),
                "the paragraph after an inline heading is read from after its 。");
        assertEquals(List.of("一、总体要求", "（一）发展目标"), ts.get(ts.size() - 1).section(),
                "an unnumbered short line is no heading of the section rules");
    }

    @Test
    void givenSectionsAreReadInsteadOfParsing() {
        int task = TEXT.indexOf("重点任务");
        List<Section> given = List.of(
                new Section(1, "一、", "总体要求", 0, task),
                new Section(2, "（一）", "发展目标", TEXT.indexOf("（一）"), task),
                new Section(1, null, "重点任务", task, TEXT.length()));
        List<Target> ts = EXTRACTOR.targets(new SourceDocument("t", TEXT, LocalDate.of(2025, 1, 1), null, List.of(), given));
        assertEquals(List.of("一、总体要求", "（一）发展目标"), ts.get(0).section());
        assertEquals(List.of("重点任务"), ts.get(ts.size() - 1).section(), "a heading the reader found, though unnumbered");
    }

    @Test
    void aGivenListWithoutAHeadingMeansNone() {
        List<Section> given = List.of(new Section(1, null, "重点任务", TEXT.indexOf("重点任务"), TEXT.length()));
        Target first = only(new SourceDocument("t", TEXT, LocalDate.of(2025, 1, 1), null, List.of(), given));
        assertEquals(List.of(), first.section(), "一、 is not re-parsed when the reader's sections are given");
    }
}
