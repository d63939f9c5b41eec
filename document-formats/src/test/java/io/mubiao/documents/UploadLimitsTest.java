package io.mubiao.documents;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UploadLimitsTest {
    final UploadLimits limits = new UploadLimits(10, "mubiao.test.max-bytes");

    @Test
    void aBodyOverTheLimitIs413AndNamesTheSetting() {
        RejectedDocument e = assertThrows(RejectedDocument.class, () -> limits.check(new byte[11], UploadFields.NONE));
        assertEquals(413, e.status());
        assertTrue(e.getMessage().contains("mubiao.test.max-bytes"), e.getMessage());
        assertDoesNotThrow(() -> limits.check(new byte[10], UploadFields.NONE));
    }

    @Test
    void aFieldOverAThousandCharactersIs400() {
        UploadFields longTitle = new UploadFields("标".repeat(1001), null, null, null, null, null);
        assertEquals(400, assertThrows(RejectedDocument.class, () -> limits.check(new byte[1], longTitle)).status());
    }

    @Test
    void aPathAsFileNameIs400() {
        for (String name : new String[] {"../../etc/passwd", "a/b.txt", "a\\b.txt", "..", "a\u0000.txt"}) {
            assertEquals(400, assertThrows(RejectedDocument.class,
                    () -> limits.check(new byte[1], UploadFields.fileName(name))).status(), name);
        }
        assertDoesNotThrow(() -> limits.check(new byte[1], UploadFields.fileName("2025年政府工作报告.pdf")));
    }
}
