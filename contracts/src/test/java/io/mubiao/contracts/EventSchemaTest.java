package io.mubiao.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.testing.EventSchemas;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The records, serialized as the services serialize them, validate against their schemas; broken ones do not. */
class EventSchemaTest {
    static final String ID = "f5015fad8e833547";
    static final String SHA = "f5015fad8e833547" + "0".repeat(48);

    static String json(Object o) throws Exception {
        return EventJson.mapper().writeValueAsString(o);
    }

    @Test
    void ingestedEventMatchesItsSchema() throws Exception {
        DocumentIngested e = new DocumentIngested(ID, "a.txt", "标题", null, "text/plain; charset=UTF-8", SHA, 12,
                LocalDate.of(2025, 1, 14), "政府工作报告", "地区生产总值增长5%左右", Instant.now());
        assertEquals(List.of(), EventSchemas.violations(EventTypes.DOCUMENT_INGESTED_V1, json(e)));
    }

    @Test
    void theRegionIsOptionalAndComesWithItsLevel() throws Exception {
        DocumentIngested e = new DocumentIngested(ID, "a.txt", "标题", null, "text/plain; charset=UTF-8", SHA, 12,
                LocalDate.of(2026, 1, 26), "政府工作报告", "地区生产总值增长5%左右", Instant.now(), null, null, null, null,
                "天津市", "province");
        assertEquals(List.of(), EventSchemas.violations(EventTypes.DOCUMENT_INGESTED_V1, json(e)));
        assertEquals(e, EventJson.mapper().readValue(json(e), DocumentIngested.class));
        String badLevel = json(e).replace("\"province\"", "\"county\"");
        assertFalse(EventSchemas.violations(EventTypes.DOCUMENT_INGESTED_V1, badLevel).isEmpty());
        String noLevel = json(e).replace(",\"regionLevel\":\"province\"", "");
        assertFalse(EventSchemas.violations(EventTypes.DOCUMENT_INGESTED_V1, noLevel).isEmpty());
    }

    @Test
    void tablesAreOptionalAndRoundTrip() throws Exception {
        String text = "表1 主要指标\n指标 2025年\n地区生产总值（亿元） 1700";
        DocumentIngested.Table table = new DocumentIngested.Table("表1 主要指标", 0, 7, List.of(
                new DocumentIngested.Row(8, 18, List.of(new DocumentIngested.Cell("指标", 8, 10),
                        new DocumentIngested.Cell("2025年", 11, 16))),
                new DocumentIngested.Row(17, 33, List.of(new DocumentIngested.Cell("地区生产总值（亿元）", 17, 27),
                        new DocumentIngested.Cell("1700", 28, 32)))));
        DocumentIngested e = new DocumentIngested(ID, "a.html", "标题", null, "text/html", SHA, 12,
                null, "规划", text, Instant.parse("2026-01-01T00:00:00Z"), null, null, null, null, null, null,
                List.of(table));
        assertEquals(List.of(), EventSchemas.violations(EventTypes.DOCUMENT_INGESTED_V1, json(e)));
        assertEquals(e, EventJson.mapper().readValue(json(e), DocumentIngested.class));
        String noCells = json(e).replace("\"cells\":[{\"text\":\"指标\",\"start\":8,\"end\":10},", "\"x\":[");
        assertFalse(EventSchemas.violations(EventTypes.DOCUMENT_INGESTED_V1, noCells).isEmpty(), noCells);
        DocumentIngested without = new DocumentIngested(ID, "a.txt", "标题", null, "text/plain", SHA, 12, null, null,
                text, Instant.parse("2026-01-01T00:00:00Z"));
        assertFalse(json(without).contains("tables"), "an event without tables leaves the field out");
        assertEquals(List.of(), EventSchemas.violations(EventTypes.DOCUMENT_INGESTED_V1, json(without)));
    }

    @Test
    void extractedEventMatchesItsSchema() throws Exception {
        DocumentExtracted e = new DocumentExtracted(ID, "0.1.0", Instant.now(),
                List.of(new DocumentExtracted.ExtractedTarget("地区生产总值", null, "target", "rate", 5.0, null, "%",
                        "approx", "2025", 5.0, "%", "macro", "地区生产总值增长5%左右", "全市地区生产总值增长5%左右。", 0, 12,
                        List.of("2025工作安排"), 0, 14)),
                List.of(new DocumentExtracted.ExtractedEntity("天津港", "FACILITY", "天津港", 3, 6)));
        assertEquals(List.of(), EventSchemas.violations(EventTypes.DOCUMENT_EXTRACTED_V1, json(e)));
    }

    @Test
    void aFigureReadFromATableCarriesItsAttributeAndCellAndStillMatchesTheSchema() throws Exception {
        DocumentExtracted e = new DocumentExtracted(ID, "0.1.0", Instant.now(),
                List.of(new DocumentExtracted.ExtractedTarget("地区生产总值", null, "target", "amount", 1700.0, null, "亿元",
                        "exact", "2025", 1.7e11, "元", "macro", "1700", "经济发展 地区生产总值 亿元 1250 1700 6.5 预期性", 40, 44,
                        List.of("发展目标"), 20, 51, "预期性",
                        new DocumentExtracted.TableCell("表1 主要指标", 10, 17, "经济发展 地区生产总值 亿元 1250 1700 6.5 预期性",
                                20, 51, "2025年", 3, 8))),
                List.of());
        String json = json(e);
        assertEquals(List.of(), EventSchemas.violations(EventTypes.DOCUMENT_EXTRACTED_V1, json));
        assertTrue(json.contains("\"attribute\":\"预期性\"") && json.contains("\"rowStart\":20"), json);
        DocumentExtracted.ExtractedTarget plain = new DocumentExtracted.ExtractedTarget("x", null, "target", "rate", 5.0,
                null, "%", "exact", null, null, null, null, "x5%", null, 0, 3, null, null, null);
        assertFalse(json(plain).contains("attribute") || json(plain).contains("table"), "absent when the figure is not from a table");
    }

    @Test
    void failedEventMatchesItsSchema() throws Exception {
        DocumentFailed e = new DocumentFailed(ID, "extract", "boom", "extract-service", "0.1.0", Instant.now());
        assertEquals(List.of(), EventSchemas.violations(EventTypes.DOCUMENT_FAILED_V1, json(e)));
    }

    @Test
    void schemaRejectsAnUnknownKindAndAMissingField() throws Exception {
        DocumentExtracted e = new DocumentExtracted(ID, "0.1.0", Instant.now(),
                List.of(new DocumentExtracted.ExtractedTarget("x", null, "promise", "rate", 5.0, null, "%", "approx",
                        "2025", null, null, null, "q", null, 0, 1, null, null, null)), List.of());
        assertFalse(EventSchemas.violations(EventTypes.DOCUMENT_EXTRACTED_V1, json(e)).isEmpty());
        String noText = "{\"documentId\":\"" + ID + "\",\"contentType\":\"text/plain\",\"sha256\":\"" + SHA
                + "\",\"sizeBytes\":3,\"receivedAt\":\"2025-01-01T00:00:00Z\"}";
        assertTrue(EventSchemas.violations(EventTypes.DOCUMENT_INGESTED_V1, noText).stream()
                .anyMatch(m -> m.contains("text")));
    }

    @Test
    void recordsRoundTripThroughJson() throws Exception {
        DocumentFailed e = new DocumentFailed(ID, "decode", "bad", "extract-service", null, Instant.parse("2025-01-01T00:00:00Z"));
        assertEquals(e, EventJson.mapper().readValue(json(e), DocumentFailed.class));
    }
}
