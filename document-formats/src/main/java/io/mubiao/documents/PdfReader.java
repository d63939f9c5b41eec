package io.mubiao.documents;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF → text with PDFBox. One pass over each page gives its glyphs and its rules ({@link PdfPageEngine}); the glyphs
 * are put in lines as laid out ({@link PdfLineBreaks}, {@link PdfLineBuilder}); a Chinese paragraph wraps
 * mid-sentence, so lines are joined back into paragraphs from their geometry ({@link PdfParagraphs}).
 */
final class PdfReader {
    private PdfReader() {
    }

    /** Which reader of a page's content: the fast one, PDFBox's where it declines (the default), or PDFBox's alone. */
    enum Engine { FAST, PDFBOX }

    static RawDocument read(byte[] bytes) {
        return read(bytes, Engine.FAST);
    }

    static RawDocument read(byte[] bytes, Engine engine) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw RejectedDocument.unreadable("The PDF is encrypted and forbids text extraction; upload an unprotected copy.");
            }
            doc.setResourceCache(new PdfFontCache());
            PdfLineBuilder lines = new PdfLineBuilder();
            Map<Integer, List<PdfRules.Rule>> pageRules = new HashMap<>();
            PdfGlyphHeights heights = new PdfGlyphHeights();
            int number = 0;
            for (PDPage page : doc.getPages()) {
                number++;
                if (page.hasContents()) {
                    Page read = readPage(page, heights, engine);
                    lines.page(number);
                    PdfLineBreaks.write(read.glyphs().placed, lines);
                    pageRules.put(number, read.rules().rules);
                }
            }
            Map<Integer, List<PdfRules.Rule>> rules = new HashMap<>();
            for (PdfLine l : lines.lines) {
                if (l.segments().size() >= 2) { // only a page with a line broken into columns may hold a table
                    rules.put(l.page(), pageRules.get(l.page()));
                }
            }
            PdfTables.Result tables = PdfTables.find(lines.lines, rules);
            return new RawDocument(PdfParagraphs.join(tables.lines()), null, null, true, tables.tables());
        } catch (InvalidPasswordException e) {
            throw RejectedDocument.unreadable("The PDF is encrypted with a password; upload an unprotected copy.");
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedDocument r) {
                throw r;
            }
            throw RejectedDocument.unreadable("The PDF cannot be read: it may be damaged or truncated.", e);
        }
    }

    /** A page's glyphs and rules. */
    record Page(PdfGlyphs glyphs, PdfRules rules) {
    }

    /** The page read by {@link PdfContentEngine}; a page it declines, by PDFBox ({@link PdfPageEngine}). */
    static Page readPage(PDPage page, PdfGlyphHeights heights, Engine engine) throws IOException {
        if (engine == Engine.FAST) {
            try {
                PdfContentEngine fast = new PdfContentEngine(page, heights);
                fast.read();
                return new Page(fast.glyphs, fast.rules);
            } catch (PdfContentEngine.Declined declined) {
                // read again below, from the start of the page
            }
        }
        PdfPageEngine pdfbox = new PdfPageEngine(page, heights);
        pdfbox.processPage(page);
        return new Page(pdfbox.glyphs, pdfbox.rules);
    }

    /**
     * One line of a page as laid out: its text and where it sits, and its segments: runs of text separated by a gap
     * wider than a column gap (the cells of a table row; a line of running text is one segment).
     */
    record PdfLine(String text, int page, float x0, float x1, float y, float charWidth, List<Segment> segments,
                   boolean tableRow, float[] xs) {
        PdfLine(String text, int page, float x0, float x1, float y, float charWidth) {
            this(text, page, x0, x1, y, charWidth, List.of(new Segment(text, x0, x1)), false, new float[text.length()]);
        }

        /** A table's row as one line (its cells separated by a space): it joins no paragraph. */
        PdfLine asTableRow(String rowText) {
            return new PdfLine(rowText, page, x0, x1, y, charWidth, segments, true, new float[rowText.length()]);
        }
    }

    /** A run of a line's text between column gaps. */
    record Segment(String text, float x0, float x1) {
    }
}
