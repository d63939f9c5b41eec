package io.mubiao.extract.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.contracts.DocumentExtracted;
import io.mubiao.contracts.DocumentIngested;
import io.mubiao.contracts.EventJson;
import io.mubiao.contracts.EventTypes;
import io.mubiao.documents.DocumentReader;
import io.mubiao.documents.ReadDocument;
import io.mubiao.documents.UploadFields;
import io.mubiao.extract.core.Extractor;
import io.mubiao.testing.EventSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tables a documents.ingested event carries reach the core: a plan's indicator table gives its figures, each
 * with its 属性 and cell in documents.extracted; an event without tables still extracts its running text.
 */
class IngestedTablesTest {
    private static final Extractor EXTRACTOR = new Extractor();

    private static DocumentIngested event(ReadDocument read, boolean withTables) throws Exception {
        List<DocumentIngested.Table> tables = read.tables().stream().map(t -> new DocumentIngested.Table(t.caption(),
                t.captionStart(), t.captionEnd(), t.rows().stream().map(r -> new DocumentIngested.Row(r.start(), r.end(),
                        r.cells().stream().map(c -> new DocumentIngested.Cell(c.text(), c.start(), c.end())).toList()))
                        .toList())).toList();
        DocumentIngested e = new DocumentIngested("0123456789abcdef", "plan.html", read.title(), null, "text/html",
                "0".repeat(64), 1, read.date(), read.genre(), read.text(), Instant.now(), null, null, null, null, null,
                null, withTables ? tables : null);
        // as extract-service receives it: through the JSON of the topic
        return EventJson.mapper().readValue(EventJson.mapper().writeValueAsString(e), DocumentIngested.class);
    }

    private static DocumentExtracted extract(DocumentIngested doc) {
        return ExtractionEvents.toEvent(doc.documentId(), EXTRACTOR.extract(IngestedDocumentConsumer.source(doc)));
    }

    @Test
    void thePlanTableOfTheEventGivesFiguresWithAttributeAndCell() throws Exception {
        byte[] html = Files.readAllBytes(Path.of("../../shared/eval/tables/plan-table.html"));
        ReadDocument read = DocumentReader.read(html, "text/html", UploadFields.fileName("plan.html"));
        DocumentIngested doc = event(read, true);
        DocumentExtracted withTables = extract(doc);
        List<DocumentExtracted.ExtractedTarget> cells = withTables.targets().stream().filter(t -> t.table() != null).toList();
        assertTrue(cells.size() >= 10, () -> "table figures: " + cells);
        DocumentExtracted.ExtractedTarget beds = cells.stream().filter(t -> t.indicator().contains("养老床位")
                && "target".equals(t.kind())).findFirst().orElseThrow();
        assertEquals(42.0, beds.value());
        assertEquals("约束性", beds.attribute());
        assertEquals("2025年", beds.table().column());
        assertEquals(beds.table().row(), doc.text().substring(beds.table().rowStart(), beds.table().rowEnd()));
        assertTrue(beds.table().caption().contains("主要指标"));
        assertEquals(List.of(), EventSchemas.violations(EventTypes.DOCUMENT_EXTRACTED_V1,
                EventJson.mapper().writeValueAsString(withTables)));
        DocumentExtracted without = extract(event(read, false));
        assertTrue(without.targets().stream().noneMatch(t -> t.table() != null || t.attribute() != null),
                "an event without tables gives no table figure");
    }
}
