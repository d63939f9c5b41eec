package io.mubiao.extract.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mubiao.contracts.DocumentIngested;
import io.mubiao.extract.core.SourceDocument;
import io.mubiao.text.Section;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The core's input from a documents.ingested event: the sections ingest found travel with the text. */
class IngestedSourceTest {
    private static final String TEXT = "一、总体要求\n重点任务\n新建5G基站1万个。";

    private static DocumentIngested event(List<DocumentIngested.Section> sections) {
        return new DocumentIngested("0123456789abcdef", "plan.txt", null, null, "text/plain; charset=UTF-8", "0".repeat(64),
                TEXT.length(), LocalDate.of(2025, 1, 1), "规划", TEXT, Instant.now(), null, sections, null, Map.of());
    }

    @Test
    void sectionsOfTheEventAreGiven() {
        SourceDocument doc = IngestedDocumentConsumer.source(event(List.of(
                new DocumentIngested.Section(1, "一、", "总体要求", 0, TEXT.length()),
                new DocumentIngested.Section(2, null, "重点任务", TEXT.indexOf("重点任务"), TEXT.length()))));
        assertEquals(List.of(new Section(1, "一、", "总体要求", 0, TEXT.length()),
                new Section(2, null, "重点任务", TEXT.indexOf("重点任务"), TEXT.length())), doc.sections());
        assertEquals("plan.txt", doc.name());
        assertEquals("规划", doc.genre());
    }

    @Test
    void anEventOfAnEarlierVersionHasNone() {
        assertEquals(List.of(), IngestedDocumentConsumer.source(event(null)).sections());
    }
}
