package io.mubiao.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mubiao.documents.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one pass over a page (PdfContentEngine, fonts read from their dictionaries) and PdfLineBreaks give the glyphs,
 * word breaks and lines PDFBox's own text stripper gives, sorted by position, with the fonts' programs parsed.
 */
class PdfLineBreaksTest {
    private static final char WORD_BREAK = '\u2423';

    @ParameterizedTest
    @ValueSource(strings = {"plan-table.pdf", "county-plan.pdf", "yearly-targets.pdf", "single-target.pdf",
        "industry-scale.pdf", "water-targets.pdf"})
    void linesAndWordBreaksAreTheStrippers(String name) throws IOException {
        byte[] pdf = resource(name);
        List<String> ours = ours(pdf);
        assertTrue(ours.size() > 10, name + ": " + ours);
        assertEquals(strippers(pdf), ours, name);
    }

    @Test
    void aPdfBoxWrittenPdfWithACompositeFontToo() throws IOException {
        Optional<Path> font = Fixtures.cjkFont();
        assumeTrue(font.isPresent(), "no CJK TrueType font on this machine (fonts-wqy-microhei): skipped");
        byte[] pdf = Fixtures.pdf(Seeds.text(Seeds.all().get(0)), font.get());
        assertEquals(strippers(pdf), ours(pdf));
    }

    @Test
    void aLaidOutReportIsReadWithoutParsingAFontProgram() throws IOException {
        try (PDDocument doc = Loader.loadPDF(resource("county-plan.pdf"))) {
            doc.setResourceCache(new PdfFontCache());
            PdfGlyphHeights heights = new PdfGlyphHeights();
            for (PDPage page : doc.getPages()) {
                List<PdfLineBreaks.Placed> glyphs = PdfReader.readPage(page, heights, PdfReader.Engine.FAST).glyphs().placed;
                PdfLineBreaks.write(glyphs, new PdfLineBuilder());
                assertFalse(glyphs.isEmpty());
                for (PdfLineBreaks.Placed t : glyphs) {
                    PdfDictFont f = assertInstanceOf(t.text());
                    assertFalse(f.programRead(), f.getName());
                }
            }
        }
    }

    private static PdfDictFont assertInstanceOf(TextPosition t) {
        assertTrue(t.getFont() instanceof PdfDictFont, "LibreOffice's embedded fonts are read from their dictionaries: " + t.getFont());
        return (PdfDictFont) t.getFont();
    }

    /** Each line as its glyphs' text, a word break marked ␣. */
    private static List<String> ours(byte[] pdf) throws IOException {
        List<String> lines = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.setResourceCache(new PdfFontCache());
            PdfGlyphHeights heights = new PdfGlyphHeights();
            StringBuilder line = new StringBuilder();
            PdfLineBreaks.Sink sink = new PdfLineBreaks.Sink() {
                @Override
                public void glyph(PdfLineBreaks.Placed glyph) {
                    line.append(glyph.text().getUnicode());
                }

                @Override
                public void wordBreak() {
                    line.append(WORD_BREAK);
                }

                @Override
                public void endLine() {
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                    }
                    line.setLength(0);
                }
            };
            for (PDPage page : doc.getPages()) {
                PdfLineBreaks.write(PdfReader.readPage(page, heights, PdfReader.Engine.FAST).glyphs().placed, sink);
            }
        }
        return lines;
    }

    private static List<String> strippers(byte[] pdf) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(p -> line.append(p.getUnicode()));
            }

            @Override
            protected void writeWordSeparator() {
                line.append(WORD_BREAK);
            }

            @Override
            protected void writeLineSeparator() {
                endLine();
            }

            @Override
            protected void writePageEnd() {
                endLine();
            }

            private void endLine() {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                line.setLength(0);
            }
        };
        stripper.setSortByPosition(true);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            stripper.getText(doc);
        }
        return lines;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PdfLineBreaksTest.class.getResourceAsStream("/tables/" + name)) {
            return in.readAllBytes();
        }
    }
}
