package io.mubiao.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The glyphs shown on one page, each placed as PDFBox's text stripper places it (a {@link TextPosition}), a glyph
 * painted twice over itself to look bold kept once, /ActualText in place of the glyphs it covers. Both readers of a
 * page's content ({@link PdfContentEngine}, {@link PdfPageEngine}) hand their glyphs here, so they place them alike.
 */
final class PdfGlyphs {
    /** The Adobe glyph list with PDFBox's additions, as its text stripper names glyphs without a ToUnicode entry. */
    private static final GlyphList GLYPHS = glyphList();

    final List<PdfLineBreaks.Placed> placed = new ArrayList<>(2048); // as shown, each with its coordinates read once
    private final PdfGlyphHeights heights;
    private final int rotation;
    private final PDRectangle box;
    private final Matrix toBox; // from the page's origin to its crop box's, null when they coincide
    private final Map<String, Spots> shown = new HashMap<>(1024); // where each text was shown on the page
    private final List<String> actualTexts = new ArrayList<>(); // the marked-content sequences open, innermost last
    private String actualText;
    private boolean firstOfActualText;
    private final float[] scratch = new float[9];
    private final float[] scratch2 = new float[9];

    PdfGlyphs(PDPage page, PdfGlyphHeights heights) {
        this.heights = heights;
        this.rotation = page.getRotation();
        this.box = page.getCropBox();
        this.toBox = box.getLowerLeftX() == 0 && box.getLowerLeftY() == 0 ? null
                : Matrix.getTranslateInstance(-box.getLowerLeftX(), -box.getLowerLeftY());
    }

    /**
     * A glyph as PDFBox's text stripper places it: its advance measured without character and word spacing, its
     * height half the font's box (or its cap height), the width of a space in its font, all in page units.
     */
    void show(Matrix trm, PDFont font, int code, Vector displacement, float fontSize, float horizontalScaling,
              Matrix textMatrix, Matrix ctm) throws IOException {
        float advance = font.isVertical() ? PdfGlyphHeights.verticalAdvance(font, code) : displacement.getX();
        float[] m = scratch;
        PdfMatrixMath.multiply(PdfMatrixMath.translation(advance * fontSize * horizontalScaling / 100f,
                displacement.getY() * fontSize, m), PdfMatrixMath.values(textMatrix, scratch2), m);
        PdfMatrixMath.multiply(m, PdfMatrixMath.values(ctm, scratch2), m);
        float nextX = m[6];
        float nextY = m[7];
        float width = nextX - trm.getTranslateX();
        float height = heights.of(font) * trm.getScalingFactorY();
        float space = PdfGlyphHeights.spaceWidth(font) * trm.getScalingFactorX();
        String unicode = font.toUnicode(code, GLYPHS);
        if (unicode == null) {
            if (!PdfGlyphHeights.simple(font)) {
                return; // as Acrobat: a composite font's code without text is skipped
            }
            unicode = String.valueOf((char) code); // a simple font's code stands for itself
        }
        boolean actual = actualText != null;
        if (actual) { // /ActualText replaces the glyphs of its sequence: its text on the first, none after
            unicode = firstOfActualText ? actualText : "";
            firstOfActualText = false;
        }
        Matrix at = trm;
        if (toBox != null) {
            at = Matrix.concatenate(toBox, trm);
            nextX -= box.getLowerLeftX();
            nextY -= box.getLowerLeftY();
        }
        add(new TextPosition(rotation, box.getWidth(), box.getHeight(), at, nextX, nextY, Math.abs(height), width,
                Math.abs(space), unicode, new int[] {code}, font, fontSize, (int) (fontSize * textMatrix.getScalingFactorX())),
                actual);
    }

    /** Keeps a glyph unless the same text already stands there; an accent shown apart joins its letter. */
    private void add(TextPosition text, boolean actual) {
        if (!actual && shownBefore(text)) {
            return;
        }
        if (!placed.isEmpty()) {
            TextPosition previous = placed.get(placed.size() - 1).text();
            if (text.isDiacritic() && previous.contains(text)) {
                previous.mergeDiacritic(text);
                return;
            }
            if (previous.isDiacritic() && text.contains(previous)) {
                text.mergeDiacritic(previous);
                placed.set(placed.size() - 1, PdfLineBreaks.Placed.of(text));
                return;
            }
        }
        placed.add(PdfLineBreaks.Placed.of(text));
    }

    /** The same text within a third of a character's width across and down (a word painted twice to look bold). */
    private boolean shownBefore(TextPosition text) {
        String unicode = text.getUnicode();
        float x = text.getX();
        float y = text.getY();
        float tolerance = text.getWidth() / unicode.length() / 3.0f;
        Spots same = shown.get(unicode);
        if (same == null) {
            same = new Spots();
            shown.put(unicode, same);
        }
        for (int i = 0; i < same.n; i += 2) {
            float sx = same.xy[i];
            float sy = same.xy[i + 1];
            if (sx >= x - tolerance && sx < x + tolerance && sy >= y - tolerance && sy < y + tolerance) {
                return true;
            }
        }
        same.add(x, y);
        return false;
    }

    /** Where one text was shown on the page: x, y pairs. */
    private static final class Spots {
        float[] xy = new float[4];
        int n;

        void add(float x, float y) {
            if (n + 2 > xy.length) {
                xy = Arrays.copyOf(xy, xy.length * 2);
            }
            xy[n++] = x;
            xy[n++] = y;
        }
    }

    /** A marked-content sequence opens (BMC, BDC): its /ActualText, if any, stands for the glyphs it covers. */
    void beginMarkedContent(COSName tag, COSDictionary properties) {
        String text = PDMarkedContent.create(tag, properties).getActualText();
        actualTexts.add(text);
        actualText = text; // as PDFBox's stripper: a sequence without one inside one with ActualText ends it
        if (text != null) {
            actualText = text.replace("\u00ad", ""); // soft hyphens out
            firstOfActualText = true;
        }
    }

    /** A marked-content sequence closes (EMC). */
    void endMarkedContent() {
        if (!actualTexts.isEmpty() && actualTexts.remove(actualTexts.size() - 1) != null) {
            actualText = null;
        }
    }

    private static GlyphList glyphList() {
        try (InputStream in = GlyphList.class.getResourceAsStream("/org/apache/pdfbox/resources/glyphlist/additional.txt")) {
            return new GlyphList(GlyphList.getAdobeGlyphList(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
