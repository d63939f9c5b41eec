package io.mubiao.documents;

import java.awt.geom.Point2D;
import org.apache.pdfbox.util.Matrix;

/**
 * The path operators of a page's content, passed on to {@link PdfRules} in device space as PDFBox's graphics engine
 * passes them ({@code re} as four corners, {@code s} as {@code h} then {@code S}), and the operators that change
 * nothing read from a page (colours, line styles, clipping, compatibility sections). Any other operator — an inline
 * image, a Type 3 glyph's {@code d0}, a word no PDF defines — is declined.
 */
final class PdfContentPaths {
    private PdfContentPaths() {
    }

    static void operator(int op, PdfContentOperands o, Matrix ctm, PdfRules rules) {
        switch (op) {
            case 'm' -> {
                Point2D.Float p = point(ctm, o, 0, 2);
                rules.moveTo(p.x, p.y);
            }
            case 'l' -> {
                Point2D.Float p = point(ctm, o, 0, 2);
                if (rules.getCurrentPoint() == null) {
                    rules.moveTo(p.x, p.y);
                } else {
                    rules.lineTo(p.x, p.y);
                }
            }
            case 'c' -> curve(rules, point(ctm, o, 0, 6), point(ctm, o, 2, 6), point(ctm, o, 4, 6));
            case 'v' -> {
                Point2D current = rules.getCurrentPoint();
                Point2D.Float p2 = point(ctm, o, 0, 4);
                Point2D.Float p3 = point(ctm, o, 2, 4);
                curve(rules, current == null ? null : new Point2D.Float((float) current.getX(), (float) current.getY()), p2, p3);
            }
            case 'y' -> {
                Point2D.Float p3 = point(ctm, o, 2, 4);
                curve(rules, point(ctm, o, 0, 4), p3, p3);
            }
            case 'r' | 'e' << 8 -> {
                float x1 = o.number(0, 4);
                float y1 = o.number(1, 4);
                float x2 = o.number(2, 4) + x1;
                float y2 = o.number(3, 4) + y1;
                rules.appendRectangle(PdfContentEngine.transformed(ctm, x1, y1), PdfContentEngine.transformed(ctm, x2, y1),
                        PdfContentEngine.transformed(ctm, x2, y2), PdfContentEngine.transformed(ctm, x1, y2));
            }
            case 'h' -> close(rules);
            case 'n' -> rules.endPath();
            case 'S' -> rules.strokePath();
            case 's' -> {
                close(rules);
                rules.strokePath();
            }
            case 'f', 'F' -> rules.fillPath(PdfContentEngine.windingRule(false));
            case 'f' | '*' << 8 -> rules.fillPath(PdfContentEngine.windingRule(true));
            case 'B' -> rules.fillAndStrokePath(PdfContentEngine.windingRule(false));
            case 'B' | '*' << 8 -> rules.fillAndStrokePath(PdfContentEngine.windingRule(true));
            case 'b' -> {
                close(rules);
                rules.fillAndStrokePath(PdfContentEngine.windingRule(false));
            }
            case 'b' | '*' << 8 -> {
                close(rules);
                rules.fillAndStrokePath(PdfContentEngine.windingRule(true));
            }
            case 'W', 'W' | '*' << 8, 'C' | 'S' << 8, 'c' | 's' << 8, 'S' | 'C' << 8, 'S' | 'C' << 8 | 'N' << 16, 's' | 'c' << 8,
                 's' | 'c' << 8 | 'n' << 16, 'G', 'g', 'R' | 'G' << 8, 'r' | 'g' << 8, 'K', 'k', 'w', 'J', 'j', 'M', 'd',
                 'r' | 'i' << 8, 'i', 's' | 'h' << 8, 'B' | 'X' << 8, 'E' | 'X' << 8, 'M' | 'P' << 8, 'D' | 'P' << 8,
                 'T' | 'r' << 8 -> {
                // nothing that places text or draws a rule: clipping, colour, line style, compatibility, marked points
            }
            default -> throw PdfContentEngine.Declined.INSTANCE;
        }
    }

    private static Point2D.Float point(Matrix ctm, PdfContentOperands o, int i, int count) {
        return PdfContentEngine.transformed(ctm, o.number(i, count), o.number(i + 1, count));
    }

    private static void curve(PdfRules rules, Point2D.Float p1, Point2D.Float p2, Point2D.Float p3) {
        if (rules.getCurrentPoint() == null || p1 == null) {
            rules.moveTo(p3.x, p3.y);
        } else {
            rules.curveTo(p1.x, p1.y, p2.x, p2.y, p3.x, p3.y);
        }
    }

    private static void close(PdfRules rules) {
        if (rules.getCurrentPoint() != null) {
            rules.closePath();
        }
    }
}
