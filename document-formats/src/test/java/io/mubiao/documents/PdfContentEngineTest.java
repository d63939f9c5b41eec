package io.mubiao.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mubiao.documents.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast reader of a page's content gives exactly what PDFBox's own pass gives — every glyph's text, position and
 * size, every rule — on the PDFs of the tests (LibreOffice's, PDFBox's) without declining them, and declines what it
 * does not read. {@code -Dmubiao.pdf.compare=DIR} compares every PDF of DIR besides (other producers' PDFs).
 */
class PdfContentEngineTest {
    @ParameterizedTest
    @ValueSource(strings = {"plan-table.pdf", "county-plan.pdf", "yearly-targets.pdf", "single-target.pdf",
        "industry-scale.pdf", "water-targets.pdf"})
    void libreOfficesPdfsReadAsPdfBoxReadsThem(String name) throws IOException {
        assertEquals(0, compare(resource(name)), name + ": no page declined");
    }

    @Test
    void aPdfBoxWrittenPdfWithACompositeFont() throws IOException {
        Optional<Path> font = Fixtures.cjkFont();
        assumeTrue(font.isPresent(), "no CJK TrueType font on this machine (fonts-wqy-microhei): skipped");
        assertEquals(0, compare(Fixtures.pdf(Seeds.text(Seeds.all().get(0)), font.get())));
    }

    @Test
    void literalStringsFormsOfTextAndPathsAsPdfBox() throws IOException {
        byte[] pdf = pdf("q 1 0 0 1 10 20 cm BT /F1 12 Tf 14 TL 72 700 Td (Plan \\(2026\\) \\101\\102) Tj T* "
                + "[(Wid) -250 (th) 120.5 <4142 43>] TJ 2 1 (spaced words) \" 0.5 Tc 110 Tz (scaled) ' ET Q "
                + "0.5 w 72 650 m 500 650 l S 72 600 428 0.8 re f BT 1 0 0 1 72 500 Tm /F1 9 Tf (last) Tj ET");
        assertEquals(0, compare(pdf));
    }

    @Test
    void anInlineImageOrAMalformedOperatorIsLeftToPdfBox() throws IOException {
        for (String content : List.of("BT /F1 12 Tf 72 700 Td (a) Tj ET BI /W 1 /H 1 /BPC 8 /CS /G ID x EI",
                "BT /F1 12 Tf 72 700 Td 5 (a) Tj ET", "BT /F1 12 Tf 72 700 Td (a) Tj ET --5 0 Td")) {
            try (PDDocument doc = Loader.loadPDF(pdf(content))) {
                PdfContentEngine fast = new PdfContentEngine(doc.getPage(0), new PdfGlyphHeights());
                assertThrows(PdfContentEngine.Declined.class, fast::read, content);
            }
            compare(pdf(content)); // and PDFBox reads the page
        }
    }

    @Test
    void otherPdfsOnRequest() throws IOException {
        String dir = System.getProperty("mubiao.pdf.compare");
        assumeTrue(dir != null, "-Dmubiao.pdf.compare=DIR not given");
        List<String> declined = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                int n = compare(Files.readAllBytes(f));
                if (n > 0) {
                    declined.add(f.getFileName() + ": " + n);
                }
            }
        }
        System.out.println("pages declined: " + declined);
    }

    /** Compares the two readers page by page; returns the number of pages the fast one declined. */
    private static int compare(byte[] pdf) throws IOException {
        int declined = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.setResourceCache(new PdfFontCache());
            PdfGlyphHeights heights = new PdfGlyphHeights();
            int number = 0;
            for (PDPage page : doc.getPages()) {
                number++;
                PdfPageEngine pdfbox = new PdfPageEngine(page, heights);
                pdfbox.processPage(page);
                PdfContentEngine fast = new PdfContentEngine(page, heights);
                try {
                    fast.read();
                } catch (PdfContentEngine.Declined d) {
                    declined++;
                    continue;
                }
                assertEquals(glyphs(pdfbox.glyphs), glyphs(fast.glyphs), "page " + number);
                assertEquals(pdfbox.rules.rules, fast.rules.rules, "page " + number);
                assertTrue(number > 1 || !fast.glyphs.placed.isEmpty() || pdfbox.glyphs.placed.isEmpty());
            }
        }
        return declined;
    }

    private static List<String> glyphs(PdfGlyphs glyphs) {
        return glyphs.placed.stream().map(g -> g.text().getUnicode() + " " + g.x() + " " + g.y() + " " + g.width() + " "
                + g.height() + " " + g.dir() + " " + g.text().getFontSizeInPt() + " " + g.text().getWidthOfSpace()).toList();
    }

    /** A one-page PDF of this content, with the standard Helvetica as /F1. */
    private static byte[] pdf(String content) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), helvetica);
            page.setResources(resources);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.appendRawCommands(content);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfContentEngineTest.class.getResourceAsStream("/tables/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
