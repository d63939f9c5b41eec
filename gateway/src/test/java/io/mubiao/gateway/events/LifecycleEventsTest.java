package io.mubiao.gateway.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LifecycleEventsTest {
    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void ingestedKeepsTheTitleButNeverTheText() {
        LifecycleEvent e = LifecycleEvents.of("documents.ingested", 2, 17, "k", "mubiao.document.ingested.v1",
                "2026-01-01T00:00:00Z", 0, utf8("{\"documentId\":\"abc\",\"text\":\"" + "很长的正文".repeat(1000)
                        + "\",\"title\":\"报告\",\"sections\":[{\"level\":1}],\"sizeBytes\":3}")).orElseThrow();
        assertEquals("documents.ingested-2-17", e.id());
        assertEquals("abc", e.documentId());
        assertEquals("INGESTED", e.status());
        assertEquals("报告", e.title());
        assertEquals("2026-01-01T00:00:00Z", e.time());
        assertNull(e.targetCount());
    }

    @Test
    void extractedCountsAndFailedCarriesStageAndReason() {
        LifecycleEvent x = LifecycleEvents.of("documents.extracted", 0, 1, "abc", null, null, 0,
                utf8("{\"documentId\":\"abc\",\"extractedAt\":\"2026-01-02T00:00:00Z\",\"targets\":[{\"a\":[1,2]},{}],\"entities\":[]}"))
                .orElseThrow();
        assertEquals("mubiao.document.extracted.v1", x.type());
        assertEquals(2, x.targetCount());
        assertEquals(0, x.entityCount());
        assertEquals("2026-01-02T00:00:00Z", x.time());
        LifecycleEvent f = LifecycleEvents.of("documents.failed", 0, 1, "abc", null, null, 86_400_000L,
                utf8("{\"documentId\":\"abc\",\"stage\":\"extract\",\"reason\":\"" + "x".repeat(2000) + "\"}")).orElseThrow();
        assertEquals("FAILED", f.status());
        assertEquals("extract", f.stage());
        assertTrue(f.reason().length() <= LifecycleEvents.MAX_TEXT + 1);
        assertEquals("1970-01-02T00:00:00Z", f.time());
    }

    @Test
    void otherTopicsAndNonObjectsAreSkipped() {
        assertTrue(LifecycleEvents.of("other", 0, 0, "k", null, null, 0, utf8("{}")).isEmpty());
        assertTrue(LifecycleEvents.of("documents.failed", 0, 0, "k", null, null, 0, utf8("[1]")).isEmpty());
        assertTrue(LifecycleEvents.of("documents.failed", 0, 0, "k", null, null, 0, utf8("{\"a\":")).isEmpty());
    }
}
