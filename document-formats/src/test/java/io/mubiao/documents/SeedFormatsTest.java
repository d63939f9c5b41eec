package io.mubiao.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.documents.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every seed, in every format, reads to the same normalized text as its plain UTF-8 file. */
class SeedFormatsTest {
    static Stream<Path> seeds() {
        return Seeds.all().stream();
    }

    private static ReadDocument utf8(Path seed) {
        return DocumentReader.read(Seeds.text(seed).getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8",
                UploadFields.NONE);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void gbkWithoutDeclaredCharsetIsDetected(Path seed) {
        byte[] gbk = Fixtures.encoded(Seeds.text(seed), "GB18030");
        ReadDocument d = DocumentReader.read(gbk, "text/plain", UploadFields.NONE);
        assertEquals(utf8(seed).text(), d.text());
        assertEquals("text/plain; charset=GB18030", d.contentType());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void utf16WithByteOrderMarkAndUtf8WithBom(Path seed) {
        String text = Seeds.text(seed);
        assertEquals(utf8(seed).text(), DocumentReader.read(Fixtures.encoded(text, "UTF-16"), "text/plain", UploadFields.NONE).text());
        assertEquals(utf8(seed).text(), DocumentReader.read(Fixtures.encoded("\uFEFF" + text.replace("\n", "\r\n"), "UTF-8"),
                "text/plain", UploadFields.NONE).text());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void declaredCharsetIsHonoured(Path seed) {
        byte[] gbk = Fixtures.encoded(Seeds.text(seed), "GB18030");
        assertEquals(utf8(seed).text(), DocumentReader.read(gbk, "text/plain; charset=GBK", UploadFields.NONE).text());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void htmlPageWithNavigationAndFooter(Path seed) {
        ReadDocument d = DocumentReader.read(Fixtures.html(Seeds.text(seed), "页面标题"), "text/html", UploadFields.NONE);
        assertEquals(utf8(seed).text(), d.text());
        assertEquals("页面标题", d.title());
        assertEquals("html-title", d.metadataSources().get("title"));
        for (String furniture : new String[] {"互动交流", "分享到", "QQ空间", "天津市人民政府办公厅 主办", "津ICP备05004415号", "var x"}) {
            assertTrue(!d.text().contains(furniture), furniture + " reached the text");
        }
        assertTrue(d.removed().stream().anyMatch(r -> r.reason().equals("breadcrumb") && r.at() == 0), d.removed().toString());
        assertTrue(d.removed().stream().anyMatch(r -> r.reason().equals("share")), d.removed().toString());
        assertTrue(d.removed().stream().anyMatch(r -> r.reason().equals("copyright") && r.text().contains("ICP备")
                && r.at() == d.text().length()), d.removed().toString());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void docxWrittenWithPoi(Path seed) {
        ReadDocument d = DocumentReader.read(Fixtures.docx(Seeds.text(seed)), DocumentFormat.DOCX.mediaType(), UploadFields.NONE);
        assertEquals(utf8(seed).text(), d.text());
        assertEquals(DocumentFormat.DOCX, d.format());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void pdfWrittenWithPdfBoxJoinsWrappedLinesBackIntoParagraphs(Path seed) {
        Optional<Path> font = Fixtures.cjkFont();
        Assumptions.assumeTrue(font.isPresent(), "no TrueType CJK font on this machine (fc-list :lang=zh; Debian: "
                + "fonts-wqy-microhei or fonts-wqy-zenhei): the PDF round trip is skipped");
        byte[] pdf = Fixtures.pdf(Seeds.text(seed), font.get());
        ReadDocument d = DocumentReader.read(pdf, "application/pdf", UploadFields.NONE);
        assertEquals(utf8(seed).text(), d.text());
        assertTrue(d.removed().stream().anyMatch(r -> r.reason().equals("page-number")), "page numbers are furniture");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void octetStreamIsResolvedFromTheFileNameOrTheBytes(Path seed) {
        String text = Seeds.text(seed);
        assertEquals(utf8(seed).text(), DocumentReader.read(Fixtures.docx(text), "application/octet-stream",
                UploadFields.fileName("x.docx")).text());
        assertEquals(utf8(seed).text(), DocumentReader.read(Fixtures.docx(text), "application/octet-stream",
                UploadFields.NONE).text());
    }
}
