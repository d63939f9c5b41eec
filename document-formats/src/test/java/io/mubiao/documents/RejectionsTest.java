package io.mubiao.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.documents.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Each kind of bad input is refused with the status that says why. */
class RejectionsTest {
    private static int status(byte[] bytes, String type) {
        return assertThrows(RejectedDocument.class, () -> DocumentReader.read(bytes, type, UploadFields.NONE)).status();
    }

    @Test
    void emptyOrBlankIs400() {
        assertEquals(400, status(new byte[0], "text/plain"));
        assertEquals(400, status(" \r\n\t\u3000 ".getBytes(StandardCharsets.UTF_8), "text/plain"));
    }

    @Test
    void undecodableBytesAre422() {
        assertEquals(422, status(new byte[] {(byte) 0xE5, (byte) 0x9C, 'a', 'b', (byte) 0xFF}, "text/plain; charset=UTF-8"));
        byte[] noise = new byte[2000];
        new java.util.Random(7).nextBytes(noise);
        assertEquals(422, status(noise, "text/plain"));
        assertEquals(422, status("中文".getBytes(StandardCharsets.UTF_8), "text/plain; charset=Big5"));
    }

    @Test
    void binaryWithNulsIs422() {
        assertEquals(422, status("中文\0\0二进制".getBytes(StandardCharsets.UTF_8), "text/plain"));
    }

    @Test
    void noChineseTextIs422() {
        RejectedDocument e = assertThrows(RejectedDocument.class, () -> DocumentReader.read(
                "The Tianjin government work report, in English.".getBytes(StandardCharsets.UTF_8), "text/plain", UploadFields.NONE));
        assertEquals(422, e.status());
        assertTrue(e.getMessage().contains("no Chinese text"));
        assertEquals(422, status("<html><body><p>Only English here.</p></body></html>".getBytes(StandardCharsets.UTF_8), "text/html"));
    }

    @Test
    void corruptPdfIs422() {
        assertEquals(422, status("%PDF-1.7\n1 0 obj<< broken".getBytes(StandardCharsets.ISO_8859_1), "application/pdf"));
        Optional<Path> font = Fixtures.cjkFont();
        Assumptions.assumeTrue(font.isPresent(), "no TrueType CJK font: truncated-PDF case skipped");
        byte[] pdf = Fixtures.pdf("政府工作报告\n地区生产总值增长5%左右。", font.get());
        assertEquals(422, status(Arrays.copyOf(pdf, pdf.length / 3), "application/pdf"));
    }

    @Test
    void encryptedPdfIs422() {
        Optional<Path> font = Fixtures.cjkFont();
        Assumptions.assumeTrue(font.isPresent(), "no TrueType CJK font on this machine: encrypted-PDF case skipped");
        RejectedDocument e = assertThrows(RejectedDocument.class, () -> DocumentReader.read(
                Fixtures.encryptedPdf("政府工作报告\n地区生产总值增长5%左右。", font.get()), "application/pdf", UploadFields.NONE));
        assertEquals(422, e.status());
        assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
    }

    @Test
    void corruptDocxIs422() {
        byte[] docx = Fixtures.docx("政府工作报告");
        assertEquals(422, status(Arrays.copyOf(docx, docx.length / 2), DocumentFormat.DOCX.mediaType()));
        assertEquals(422, status("not a zip".getBytes(StandardCharsets.UTF_8), DocumentFormat.DOCX.mediaType()));
    }

    @Test
    void unsupportedTypesAre415() {
        assertEquals(415, status("{\"text\":\"增长5%\"}".getBytes(StandardCharsets.UTF_8), "application/json"));
        assertEquals(415, status("增长5%".getBytes(StandardCharsets.UTF_8), null));
        assertEquals(415, status("增长5%".getBytes(StandardCharsets.UTF_8), "text/plain; charset=klingon-8"));
        assertEquals(415, status(new byte[] {1, 2, 3, 4}, "application/octet-stream"));
        assertEquals(415, status(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "application/msword"));
    }

    @Test
    void badUploadDateIs400() {
        RejectedDocument e = assertThrows(RejectedDocument.class, () -> DocumentReader.read("增长5%".getBytes(StandardCharsets.UTF_8),
                "text/plain", new UploadFields(null, "11/01/2023", null, null, null, null)));
        assertEquals(400, e.status());
    }
}
