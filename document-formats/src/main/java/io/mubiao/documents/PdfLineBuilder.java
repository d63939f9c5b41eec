package io.mubiao.documents;

import io.mubiao.documents.PdfReader.PdfLine;
import io.mubiao.documents.PdfReader.Segment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A page's lines rebuilt from its glyphs' positions, as {@link PdfLineBreaks} hands them over, rather than from
 * PDFBox's word breaks, which put a space wherever the font changes (2021年 1月, 275 个口袋公园: a Chinese font and a
 * Latin one, set 1/5 em apart by the layout's autospace).
 */
final class PdfLineBuilder implements PdfLineBreaks.Sink {
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
    private int page;
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

    /** The page (1-based) the lines that follow stand on. */
    void page(int number) {
        endLine();
        page = number;
    }

    /** PDFBox's word break between the glyph before and the next one. */
    @Override
    public void wordBreak() {
        spaceSeen = true;
    }

    @Override
    public void glyph(PdfLineBreaks.Placed p) {
        String u = p.text().getUnicode();
        if (u == null || u.isEmpty()) {
            return;
        }
        if (u.isBlank()) {
            spaceSeen = true;
            spaceGlyph = true; // a space the author typed (专栏16 拓展), not one PDFBox guessed
            return;
        }
        float gx0 = p.x();
        float gx1 = gx0 + p.width();
        float size = p.text().getFontSizeInPt();
        float em = size > 0 ? size : Math.max(p.width(), 1f);
        char c = u.charAt(0);
        if (!Float.isNaN(lastX1) && Math.abs(p.y() - y) > LINE_JUMP * em) {
            endLine();
        }
        if (!Float.isNaN(lastX1)) {
            space(gx0, em, c);
        } else {
            segmentStart = text.length();
            segmentX0 = gx0;
        }
        append(u, gx0);
        lastChar = u.charAt(u.length() - 1);
        lastX1 = gx1;
        x0 = Math.min(x0, gx0);
        x1 = Math.max(x1, gx1);
        y = p.y();
        if (isHan(u.codePointAt(0))) {
            widthSum += p.width();
            glyphs++;
        }
    }

    /** The gap before a glyph: a segment break (a column gap), a space, or nothing. */
    private void space(float gx0, float em, char c) {
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
    }

    private void append(String u, float gx0) {
        if (xs.length < text.length() + u.length() + 1) {
            xs = Arrays.copyOf(xs, xs.length * 2 + u.length());
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
    }

    private static boolean isHan(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FA5 || cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c) || c == '%' || c == '.';
    }

    private void closeSegment() {
        if (text.length() > segmentStart) {
            segments.add(new Segment(text.substring(segmentStart), segmentX0, lastX1));
        }
    }

    /** Ends the line being built (a new line, or the page's end). */
    @Override
    public void endLine() {
        String line = text.toString();
        if (!line.isBlank()) {
            closeSegment();
            float cw = glyphs > 0 ? widthSum / glyphs : 0;
            lines.add(new PdfLine(line, page, x0, x1, y, cw, List.copyOf(segments), false,
                    Arrays.copyOf(xs, text.length())));
        }
        text.setLength(0);
        Arrays.fill(xs, 0f);
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
