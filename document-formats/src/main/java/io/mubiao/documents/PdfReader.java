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
            java.util.Map<Integer, List<PdfRules.Rule>> rules = new java.util.HashMap<>();
            for (PdfLine l : collector.lines) {
                // only a page with a line broken into columns may hold a table: reading a page's graphics again
                // for its rules cost a sixth of the read of a work report whose pages hold none
                if (l.segments().size() >= 2) {
                    rules.computeIfAbsent(l.page(), p -> PdfRules.of(doc.getPage(p - 1)));
                }
            }
            PdfTables.Result tables = PdfTables.find(collector.lines, rules);
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

    /**
     * PDFTextStripper reports each line's glyphs with their positions; the line's text is rebuilt from those
     * positions rather than from PDFBox's word separators, which put a space wherever the font changes
     * (2021年 1月, 275 个口袋公园: a Chinese font and a Latin one, set 1/5 em apart by the layout's autospace).
     */
    private static final class LineCollector extends PDFTextStripper {
        /** Latin letters or digits on both sides: a gap wider than this (in em) is a word space. */
        private static final float LATIN_SPACE = 0.15f;
        /** Chinese beside Latin: only a gap wider than the layout's autospace (0.2 em) is a space written. */
        private static final float MIXED_SPACE = 0.35f;
        /** Chinese on both sides: full-width glyphs touch, so any clear gap is a space written (第二章 主要目标). */
        private static final float CJK_SPACE = 0.15f;
        /** A gap wider than this (in em) ends a segment: in running text glyphs stand closer (a Latin space is 1/4 em). */
        private static final float SEGMENT_GAP = 0.4f;
        /** A glyph this far (in em) below or above the line's begins a new line (PDFBox puts a table's rows on one). */
        private static final float LINE_JUMP = 0.5f;

        final List<PdfLine> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private float[] xs = new float[256]; // where each char of text starts (a space: where the next glyph does)
        private final List<Segment> segments = new ArrayList<>();
        private int segmentStart;
        private float segmentX0;
        private float x0 = Float.MAX_VALUE;
        private float x1 = -Float.MAX_VALUE;
        private float y;
        private float widthSum;
        private int glyphs;
        private char lastChar;
        private float lastX1 = Float.NaN;
        private boolean spaceSeen;
        private boolean spaceGlyph;

        LineCollector() throws IOException {
            super();
        }

        @Override
        protected void writeString(String s, List<TextPosition> positions) {
            for (TextPosition p : positions) {
                String u = p.getUnicode();
                if (u == null || u.isEmpty()) {
                    continue;
                }
                if (u.isBlank()) {
                    spaceSeen = true;
                    spaceGlyph = true; // a space the author typed (专栏16 拓展), not one PDFBox guessed
                    continue;
                }
                float gx0 = p.getXDirAdj();
                float gx1 = gx0 + p.getWidthDirAdj();
                float em = p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : Math.max(p.getWidthDirAdj(), 1f);
                char c = u.charAt(0);
                if (!Float.isNaN(lastX1) && Math.abs(p.getYDirAdj() - y) > LINE_JUMP * em) {
                    finishLine();
                }
                if (!Float.isNaN(lastX1)) {
                    float gap = (gx0 - lastX1) / em;
                    if (gap > SEGMENT_GAP || gx0 < lastX1 - em) {
                        closeSegment();
                        text.append(' '); // a clear gap: a space, or the gap between two cells of a table row
                        segmentStart = text.length();
                        segmentX0 = gx0;
                    } else if (spaceGlyph && gap > 0.05f
                            || (isLatin(lastChar) && isLatin(c) ? gap > LATIN_SPACE || spaceSeen && gap > 0.05f
                            : gap > (isLatin(lastChar) || isLatin(c) ? MIXED_SPACE : CJK_SPACE))) {
                        text.append(' ');
                    }
                } else {
                    segmentStart = text.length();
                    segmentX0 = gx0;
                }
                if (xs.length < text.length() + u.length() + 1) {
                    xs = java.util.Arrays.copyOf(xs, xs.length * 2 + u.length());
                }
                for (int k = text.length() - 1; k >= 0 && text.charAt(k) == ' ' && xs[k] == 0; k--) {
                    xs[k] = gx0;
                }
                for (int k = 0; k < u.length(); k++) {
                    xs[text.length() + k] = gx0;
                }
                text.append(u);
                spaceSeen = false;
                spaceGlyph = false;
                lastChar = u.charAt(u.length() - 1);
                lastX1 = gx1;
                x0 = Math.min(x0, gx0);
                x1 = Math.max(x1, gx1);
                y = p.getYDirAdj();
                if (Character.UnicodeScript.of(u.codePointAt(0)) == Character.UnicodeScript.HAN) {
                    widthSum += p.getWidthDirAdj();
                    glyphs++;
                }
            }
        }

        private static boolean isLatin(char c) {
            return c < 0x80 && Character.isLetterOrDigit(c) || c == '%' || c == '.';
        }

        private void closeSegment() {
            if (text.length() > segmentStart) {
                segments.add(new Segment(text.substring(segmentStart), segmentX0, lastX1));
            }
        }

        @Override
        protected void writeWordSeparator() {
            spaceSeen = true;
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
                closeSegment();
                float cw = glyphs > 0 ? widthSum / glyphs : 0;
                lines.add(new PdfLine(text.toString(), getCurrentPageNo(), x0, x1, y, cw, List.copyOf(segments), false,
                        java.util.Arrays.copyOf(xs, text.length())));
            }
            text.setLength(0);
            java.util.Arrays.fill(xs, 0f);
            segments.clear();
            segmentStart = 0;
            x0 = Float.MAX_VALUE;
            x1 = -Float.MAX_VALUE;
            widthSum = 0;
            glyphs = 0;
            lastX1 = Float.NaN;
            spaceSeen = false;
            spaceGlyph = false;
        }
    }
}
