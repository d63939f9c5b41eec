package io.mubiao.documents;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * The part of a graphics state that places text (ISO 32000 8.4, 9.3): the transformation matrix and the text state,
 * saved by {@code q} and restored by {@code Q}, as PDFBox's PDGraphicsState and PDTextState hold them.
 */
final class PdfTextGraphics {
    Matrix ctm = new Matrix();
    PDFont font;
    float fontSize;
    float charSpacing;
    float wordSpacing;
    float horizontalScaling = 100;
    float leading;
    float rise;

    PdfTextGraphics copy() {
        PdfTextGraphics c = new PdfTextGraphics();
        c.ctm = ctm.clone();
        c.font = font;
        c.fontSize = fontSize;
        c.charSpacing = charSpacing;
        c.wordSpacing = wordSpacing;
        c.horizontalScaling = horizontalScaling;
        c.leading = leading;
        c.rise = rise;
        return c;
    }
}
