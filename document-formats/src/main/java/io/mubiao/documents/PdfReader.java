package io.mubiao.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF → text with PDFBox. PDFBox gives lines as laid out; a Chinese paragraph wraps mid-sentence, so lines are
 * joined back into paragraphs from their geometry ({@link PdfParagraphs}).
 */
final class PdfReader {
    private PdfReader() {
    }

    static RawDocument read(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw RejectedDocument.unreadable("The PDF is encrypted and forbids text extraction; upload an unprotected copy.");
            }
            LineCollector collector = new LineCollector();
            collector.setSortByPosition(true);
            collector.getText(doc);
            String text = PdfParagraphs.join(collector.lines);
            return new RawDocument(List.of(RawDocument.Block.text(text)), null, null, true);
        } catch (InvalidPasswordException e) {
            throw RejectedDocument.unreadable("The PDF is encrypted with a password; upload an unprotected copy.");
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedDocument r) {
                throw r;
            }
            throw RejectedDocument.unreadable("The PDF cannot be read: it may be damaged or truncated.", e);
        }
    }

    /** One line of a page as laid out: its text and where it sits. */
    record PdfLine(String text, int page, float x0, float x1, float y, float charWidth) {
    }

    /** PDFTextStripper reports each line's words with their glyph positions; this keeps the geometry. */
    private static final class LineCollector extends PDFTextStripper {
        final List<PdfLine> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private float x0 = Float.MAX_VALUE;
        private float x1 = -Float.MAX_VALUE;
        private float y;
        private float widthSum;
        private int glyphs;

        LineCollector() throws IOException {
            super();
        }

        @Override
        protected void writeString(String s, List<TextPosition> positions) {
            text.append(s);
            for (TextPosition p : positions) {
                x0 = Math.min(x0, p.getXDirAdj());
                x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
                y = p.getYDirAdj();
                if (Character.UnicodeScript.of(p.getUnicode().isEmpty() ? ' ' : p.getUnicode().codePointAt(0))
                        == Character.UnicodeScript.HAN) {
                    widthSum += p.getWidthDirAdj();
                    glyphs++;
                }
            }
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            finishLine();
        }

        @Override
        protected void writePageEnd() {
            finishLine();
        }

        @Override
        protected void writeParagraphSeparator() {
            finishLine();
        }

        private void finishLine() {
            if (!text.toString().isBlank()) {
                float cw = glyphs > 0 ? widthSum / glyphs : 0;
                lines.add(new PdfLine(text.toString(), getCurrentPageNo(), x0, x1, y, cw));
            }
            text.setLength(0);
            x0 = Float.MAX_VALUE;
            x1 = -Float.MAX_VALUE;
            widthSum = 0;
            glyphs = 0;
        }
    }
}
