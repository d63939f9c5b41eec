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
    void extractedEventMatchesItsSchema() throws Exception {
        DocumentExtracted e = new DocumentExtracted(ID, "0.1.0", Instant.now(),
                List.of(new DocumentExtracted.ExtractedTarget("地区生产总值", null, "target", "rate", 5.0, null, "%",
                        "approx", "2025", 5.0, "%", "macro", "地区生产总值增长5%左右", "全市地区生产总值增长5%左右。", 0, 12,
                        List.of("2025工作安排"), 0, 14)),
                List.of(new DocumentExtracted.ExtractedEntity("天津港", "FACILITY", "天津港", 3, 6)));
        assertEquals(List.of(), EventSchemas.violations(EventTypes.DOCUMENT_EXTRACTED_V1, json(e)));
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
