package io.mubiao.documents;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One pass of PDFBox over a page's content for both things read from it: each glyph shown, placed as PDFBox's text
 * stripper places it (a {@link TextPosition}, a glyph painted twice over itself to look bold kept once), and the
 * page's ruling lines ({@link PdfRules}). The stripper's own pass built the same positions and then sorted and wrote
 * them through its word and paragraph machinery, and the rules needed a second pass over the page.
 */
final class PdfPageEngine extends PDFGraphicsStreamEngine {
    /** The Adobe glyph list with PDFBox's additions, as its text stripper names glyphs without a ToUnicode entry. */
    private static final GlyphList GLYPHS = glyphList();
    /** Path and colour operators: an error in one costs the page its rules at most, never its text. */
    private static final Set<String> GRAPHICS_ONLY = Set.of("m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*",
            "B", "B*", "b", "b*", "n", "W", "W*", "BI", "sh", "CS", "cs", "SC", "SCN", "sc", "scn", "G", "g", "RG", "rg", "K",
            "k", "w", "J", "j", "M", "d", "ri", "i");

    final List<PdfLineBreaks.Placed> glyphs = new ArrayList<>(2048); // as shown, each with its coordinates read once
    final PdfRules rules;
    private final PdfGlyphHeights heights;
    private final int rotation;
    private final PDRectangle box;
    private final Matrix toBox; // from the page's origin to its crop box's, null when they coincide
    private final Map<String, Spots> shown = new HashMap<>(1024); // where each text was shown on the page
    private final List<String> actualTexts = new ArrayList<>(); // the marked-content sequences open, innermost last
    private String actualText;
    private boolean firstOfActualText;

    PdfPageEngine(PDPage page, PdfGlyphHeights heights) {
        super(page);
        this.heights = heights;
        this.rules = new PdfRules(page);
        this.rotation = page.getRotation();
        this.box = page.getCropBox();
        this.toBox = box.getLowerLeftX() == 0 && box.getLowerLeftY() == 0 ? null
                : Matrix.getTranslateInstance(-box.getLowerLeftX(), -box.getLowerLeftY());
    }

    /**
     * A glyph as PDFBox's text stripper places it: its advance measured without character and word spacing, its
     * height half the font's box (or its cap height), the width of a space in its font, all in page units.
     */
    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        PDTextState state = getGraphicsState().getTextState();
        float fontSize = state.getFontSize();
        Matrix textMatrix = getTextMatrix();
        float advance = font.isVertical() ? PdfGlyphHeights.verticalAdvance(font, code) : displacement.getX();
        Matrix next = Matrix.getTranslateInstance(advance * fontSize * state.getHorizontalScaling() / 100f,
                displacement.getY() * fontSize).multiply(textMatrix).multiply(getGraphicsState().getCurrentTransformationMatrix());
        float nextX = next.getTranslateX();
        float nextY = next.getTranslateY();
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
        Matrix placed = trm;
        if (toBox != null) {
            placed = Matrix.concatenate(toBox, trm);
            nextX -= box.getLowerLeftX();
            nextY -= box.getLowerLeftY();
        }
        add(new TextPosition(rotation, box.getWidth(), box.getHeight(), placed, nextX, nextY, Math.abs(height), width,
                Math.abs(space), unicode, new int[] {code}, font, fontSize, (int) (fontSize * textMatrix.getScalingFactorX())),
                actual);
    }

    /** Keeps a glyph unless the same text already stands there; an accent shown apart joins its letter. */
    private void add(TextPosition text, boolean actual) {
        if (!actual && shownBefore(text)) {
            return;
        }
        if (!glyphs.isEmpty()) {
            TextPosition previous = glyphs.get(glyphs.size() - 1).text();
            if (text.isDiacritic() && previous.contains(text)) {
                previous.mergeDiacritic(text);
                return;
            }
            if (previous.isDiacritic() && text.contains(previous)) {
                text.mergeDiacritic(previous);
                glyphs.set(glyphs.size() - 1, PdfLineBreaks.Placed.of(text));
                return;
            }
        }
        glyphs.add(PdfLineBreaks.Placed.of(text));
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

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        String text = PDMarkedContent.create(tag, properties).getActualText();
        actualTexts.add(text);
        actualText = text; // as PDFBox's stripper: a sequence without one inside one with ActualText ends it
        if (text != null) {
            actualText = text.replace("\u00ad", ""); // soft hyphens out
            firstOfActualText = true;
        }
    }

    @Override
    public void endMarkedContentSequence() {
        if (!actualTexts.isEmpty() && actualTexts.remove(actualTexts.size() - 1) != null) {
            actualText = null;
        }
    }

    @Override
    protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
        if (!GRAPHICS_ONLY.contains(operator.getName())) {
            super.operatorException(operator, operands, e);
        }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rules.appendRectangle(p0, p1, p2, p3);
    }

    @Override
    public void moveTo(float x, float y) {
        rules.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        rules.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        rules.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return rules.getCurrentPoint();
    }

    @Override
    public void closePath() {
        rules.closePath();
    }

    @Override
    public void endPath() {
        rules.endPath();
    }

    @Override
    public void strokePath() {
        rules.strokePath();
    }

    @Override
    public void fillPath(int windingRule) {
        rules.fillPath(windingRule);
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        rules.fillAndStrokePath(windingRule);
    }

    @Override
    public void drawImage(PDImage image) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    private static GlyphList glyphList() {
        try (InputStream in = GlyphList.class.getResourceAsStream("/org/apache/pdfbox/resources/glyphlist/additional.txt")) {
            return new GlyphList(GlyphList.getAdobeGlyphList(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
