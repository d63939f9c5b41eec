package io.mubiao.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void stripsBomAndUnifiesLineBreaks() {
        byte[] in = "\uFEFF第一行\r\n第二行\r第三行".getBytes(StandardCharsets.UTF_8);
        assertEquals("第一行\n第二行\n第三行", TextDecoder.decodeUtf8(in));
    }

    @Test
    void refusesMalformedUtf8WithA422() {
        RejectedUpload e = assertThrows(RejectedUpload.class,
                () -> TextDecoder.decodeUtf8(new byte[] {(byte) 0xE5, (byte) 0x9C}));
        assertEquals(422, e.status());
    }

    @Test
    void refusesBlankText() {
        assertEquals(400, assertThrows(RejectedUpload.class,
                () -> TextDecoder.decodeUtf8(" \n ".getBytes(StandardCharsets.UTF_8))).status());
    }

    @Test
    void idIsStableForTheSameBytes() {
        byte[] a = "同样的字节".getBytes(StandardCharsets.UTF_8);
        assertEquals(DocumentIds.idOf(DocumentIds.sha256(a)), DocumentIds.idOf(DocumentIds.sha256(a.clone())));
        assertEquals(16, DocumentIds.idOf(DocumentIds.sha256(a)).length());
    }
}
