package io.mubiao.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.IterativeMergeSort;

/**
 * A page's glyphs in reading order, broken into lines and words as PDFBox's text stripper breaks them (sorted by
 * position; a glyph whose height does not overlap the line's starts a new one; a gap wider than half a space or
 * 0.3 of the glyphs' average width is a word break). Done on the glyphs' coordinates read once each: the stripper
 * reads them from each glyph's matrix at every comparison of its sort and writes every line out as words.
 */
final class PdfLineBreaks {
    /** What the walk hands on: each glyph in reading order, a word break before a glyph, the end of each line. */
    interface Sink {
        void glyph(Placed glyph);

        void wordBreak();

        void endLine();
    }

    /** A glyph and the coordinates, in its text direction, the order and the breaks go by (an accent merged in moves none). */
    record Placed(TextPosition text, float dir, float x, float y, float width, float height) {
        static Placed of(TextPosition t) {
            return new Placed(t, t.getDir(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getHeightDir());
        }
    }

    /** Top to bottom, then left to right among glyphs whose heights overlap (PDFBox's TextPositionComparator). */
    static final Comparator<Placed> READING_ORDER = (a, b) -> {
        int byDirection = Float.compare(a.dir, b.dir);
        if (byDirection != 0) {
            return byDirection;
        }
        float aTop = a.y - a.height;
        float bTop = b.y - b.height;
        if (Math.abs(a.y - b.y) < .1 || b.y >= aTop && b.y <= a.y || a.y >= bTop && a.y <= b.y) {
            return Float.compare(a.x, b.x);
        }
        return a.y < b.y ? -1 : 1;
    };

    private static final float SPACING_TOLERANCE = .5f;
    private static final float AVERAGE_CHAR_TOLERANCE = .3f;

    private PdfLineBreaks() {
    }

    /** The page's glyphs, sorted, to the line builder: each glyph, the word breaks between, the end of each line. */
    static void write(List<Placed> glyphs, Sink out) {
        List<Placed> page = new ArrayList<>(glyphs);
        try {
            page.sort(READING_ORDER);
        } catch (IllegalArgumentException e) { // the order is not transitive: PDFBox's fallback sort
            IterativeMergeSort.sort(page, READING_ORDER);
        }
        removeContainedSpaces(page);
        new Walk(out).all(page);
        out.endLine();
    }

    /** A space glyph inside the glyph before it (a layout's space drawn over a letter) is no word break. */
    private static void removeContainedSpaces(List<Placed> page) {
        Iterator<Placed> it = page.iterator();
        if (!it.hasNext()) {
            return;
        }
        TextPosition previous = it.next().text;
        while (it.hasNext()) {
            TextPosition t = it.next().text;
            if (" ".equals(t.getUnicode()) && previous.completelyContains(t)) {
                it.remove();
            } else {
                previous = t;
            }
        }
    }

    /** The stripper's walk over a sorted page, its state carried from glyph to glyph. */
    private static final class Walk {
        private final Sink out;
        private float maxYForLine = -Float.MAX_VALUE;
        private float maxHeightForLine = -1;
        private float endOfLastTextX = -1;
        private float lastWordSpacing = -1;
        private float previousAveCharWidth = -1;
        private TextPosition last;

        Walk(Sink out) {
            this.out = out;
        }

        void all(List<Placed> page) {
            for (Placed p : page) {
                glyph(p);
            }
        }

        private void glyph(Placed p) {
            TextPosition t = p.text;
            if (last != null && fontOrSizeChanged(t, last)) {
                previousAveCharWidth = -1;
            }
            float wordSpacing = t.getWidthOfSpace();
            float deltaSpace = Float.compare(wordSpacing, 0) == 0 || Float.isNaN(wordSpacing) ? Float.MAX_VALUE
                    : (lastWordSpacing < 0 ? wordSpacing : (wordSpacing + lastWordSpacing) / 2f) * SPACING_TOLERANCE;
            float charWidth = p.width / t.getIndividualWidths().length;
            float averageCharWidth = previousAveCharWidth < 0 ? charWidth : (previousAveCharWidth + charWidth) / 2f;
            boolean wordStartKnown = Float.compare(endOfLastTextX, -1) != 0;
            float expectedStartOfNextWordX = endOfLastTextX + Math.min(deltaSpace, averageCharWidth * AVERAGE_CHAR_TOLERANCE);
            if (last != null) {
                if (!overlap(p.y, p.height, maxYForLine, maxHeightForLine)) {
                    out.endLine();
                    wordStartKnown = false;
                    maxYForLine = -Float.MAX_VALUE;
                    maxHeightForLine = -1;
                }
                if (wordStartKnown && expectedStartOfNextWordX < p.x && !last.getUnicode().endsWith(" ")) {
                    out.wordBreak();
                }
                if (Math.abs(t.getX() - last.getX()) > wordSpacing + deltaSpace) { // a jump: the line's extent restarts here
                    maxYForLine = -Float.MAX_VALUE;
                    maxHeightForLine = -1;
                }
            }
            if (p.y >= maxYForLine) {
                maxYForLine = p.y;
            }
            endOfLastTextX = p.x + p.width;
            out.glyph(p);
            maxHeightForLine = Math.max(maxHeightForLine, p.height);
            last = t;
            lastWordSpacing = wordSpacing;
            previousAveCharWidth = averageCharWidth;
        }

        private static boolean overlap(float y1, float height1, float y2, float height2) {
            return y2 < y1 + .1f && y2 > y1 - .1f || y2 <= y1 && y2 >= y1 - height1 || y1 <= y2 && y1 >= y2 - height2;
        }

        private static boolean fontOrSizeChanged(TextPosition current, TextPosition last) {
            if (Float.compare(current.getFontSize(), last.getFontSize()) != 0) {
                return true;
            }
            PDFont a = current.getFont();
            PDFont b = last.getFont();
            if (a == b) {
                return false;
            }
            if (a.getName() != null) {
                return !a.getName().equals(b.getName());
            }
            return b.getName() != null || a.hashCode() != b.hashCode();
        }
    }
}
