package io.mubiao.documents;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The ruling lines of a page (a ruled table's borders), stroked as lines or filled as thin rectangles, in the
 * coordinates of the page's text (y growing downwards, as PDFBox's text positions give it). {@link PdfPageEngine}
 * passes on the page's path operations as PDFBox's graphics engine reports them (in device space).
 */
final class PdfRules {
    /** A horizontal ({@code y0 == y1}) or vertical ({@code x0 == x1}) rule. */
    record Rule(float x0, float y0, float x1, float y1) {
        boolean vertical() {
            return x0 == x1;
        }
    }

    private static final float THIN = 2f;
    private static final float MIN_LENGTH = 4f;

    final List<Rule> rules = new ArrayList<>();
    private final float top;
    private final float left;
    private final List<float[]> path = new ArrayList<>(); // segments x0, y0, x1, y1 of the current path
    private final List<float[]> rects = new ArrayList<>();
    private Point2D current = new Point2D.Float();
    private Point2D subpathStart = new Point2D.Float();

    PdfRules(PDPage page) {
        PDRectangle box = page.getCropBox();
        this.top = box.getUpperRightY();
        this.left = box.getLowerLeftX();
    }

    void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rects.add(new float[] {x0, y0, x1, y1});
        current = p0;
        subpathStart = p0;
    }

    void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        subpathStart = current;
    }

    void lineTo(float x, float y) {
        path.add(new float[] {(float) current.getX(), (float) current.getY(), x, y});
        current = new Point2D.Float(x, y);
    }

    void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    Point2D getCurrentPoint() {
        return current;
    }

    void closePath() {
        lineTo((float) subpathStart.getX(), (float) subpathStart.getY());
    }

    void endPath() {
        path.clear();
        rects.clear();
    }

    void strokePath() {
        for (float[] s : path) {
            add(s[0], s[1], s[2], s[3]);
        }
        for (float[] r : rects) { // a stroked rectangle: its four sides
            add(r[0], r[1], r[2], r[1]);
            add(r[0], r[3], r[2], r[3]);
            add(r[0], r[1], r[0], r[3]);
            add(r[2], r[1], r[2], r[3]);
        }
        endPath();
    }

    void fillPath(int windingRule) {
        for (float[] r : rects) { // a filled thin rectangle is a rule; a filled box (shading) is none
            if (r[2] - r[0] <= THIN) {
                add((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
            } else if (r[3] - r[1] <= THIN) {
                add(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
            }
        }
        endPath();
    }

    void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    /** Keeps a horizontal or vertical segment long enough to be a rule, in text coordinates. */
    private void add(float x0, float y0, float x1, float y1) {
        float tx0 = Math.min(x0, x1) - left;
        float tx1 = Math.max(x0, x1) - left;
        float ty0 = top - Math.max(y0, y1);
        float ty1 = top - Math.min(y0, y1);
        if (Math.abs(x1 - x0) <= 0.5f && ty1 - ty0 >= MIN_LENGTH) {
            rules.add(new Rule(tx0, ty0, tx0, ty1));
        } else if (Math.abs(y1 - y0) <= 0.5f && tx1 - tx0 >= MIN_LENGTH) {
            rules.add(new Rule(tx0, ty0, tx1, ty0));
        }
    }
}
