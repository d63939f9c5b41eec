package io.mubiao.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentIdsTest {
    @Test
    void idIsStableForTheSameBytes() {
        byte[] a = "同样的字节".getBytes(StandardCharsets.UTF_8);
        assertEquals(DocumentIds.idOf(DocumentIds.sha256(a)), DocumentIds.idOf(DocumentIds.sha256(a.clone())));
        assertEquals(16, DocumentIds.idOf(DocumentIds.sha256(a)).length());
        assertNotEquals(DocumentIds.sha256(a), DocumentIds.sha256("同样的字节 ".getBytes(StandardCharsets.UTF_8)));
    }
}
