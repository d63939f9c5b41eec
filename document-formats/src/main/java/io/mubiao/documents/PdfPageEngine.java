package io.mubiao.documents;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFBox's own pass over a page's content for both things read from it: each glyph shown ({@link PdfGlyphs}) and the
 * page's ruling lines ({@link PdfRules}). The reference for {@link PdfContentEngine}, which reads the common pages
 * faster and hands a page it declines to this one.
 */
final class PdfPageEngine extends PDFGraphicsStreamEngine {
    /** Path and colour operators: an error in one costs the page its rules at most, never its text. */
    private static final Set<String> GRAPHICS_ONLY = Set.of("m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*",
            "B", "B*", "b", "b*", "n", "W", "W*", "BI", "sh", "CS", "cs", "SC", "SCN", "sc", "scn", "G", "g", "RG", "rg", "K",
            "k", "w", "J", "j", "M", "d", "ri", "i");

    final PdfGlyphs glyphs;
    final PdfRules rules;

    PdfPageEngine(PDPage page, PdfGlyphHeights heights) {
        super(page);
        this.glyphs = new PdfGlyphs(page, heights);
        this.rules = new PdfRules(page);
    }

    /** A glyph, placed as PDFBox's text stripper places it ({@link PdfGlyphs}). */
    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        PDTextState state = getGraphicsState().getTextState();
        glyphs.show(trm, font, code, displacement, state.getFontSize(), state.getHorizontalScaling(), getTextMatrix(),
                getGraphicsState().getCurrentTransformationMatrix());
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        glyphs.beginMarkedContent(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        glyphs.endMarkedContent();
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
}
