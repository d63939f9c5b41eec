package io.mubiao.documents;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;

/**
 * A font's measures as PDFBox's text stripper takes them to place a glyph (which lines and words its glyphs fall
 * into depends on them): the glyph height, half the font's box unless the cap height or ascent says less, once per
 * font of a document; the width of a space; a vertical font's advance across.
 */
final class PdfGlyphHeights {
    private final Map<PDFont, Float> heights = new IdentityHashMap<>();

    /** The height of the font's glyphs in text space (1 = the font size). */
    float of(PDFont font) throws IOException {
        Float h = heights.get(font);
        if (h == null) {
            h = height(font);
            heights.put(font, h);
        }
        return h;
    }

    private static float height(PDFont font) throws IOException {
        BoundingBox bbox = font.getBoundingBox();
        float lowerLeftY = bbox.getLowerLeftY() < Short.MIN_VALUE ? -(bbox.getLowerLeftY() + 65536) : bbox.getLowerLeftY();
        float glyphHeight = (bbox.getUpperRightY() - lowerLeftY) / 2; // a box written as unsigned 16 bits, read back
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor != null) {
            float capHeight = descriptor.getCapHeight();
            if (Float.compare(capHeight, 0) != 0 && (capHeight < glyphHeight || Float.compare(glyphHeight, 0) == 0)) {
                glyphHeight = capHeight;
            }
            float ascent = descriptor.getAscent();
            float descent = descriptor.getDescent();
            if (capHeight > ascent && ascent > 0 && descent < 0
                    && ((ascent - descent) / 2 < glyphHeight || Float.compare(glyphHeight, 0) == 0)) {
                glyphHeight = (ascent - descent) / 2;
            }
        }
        return font instanceof PDType3Font ? font.getFontMatrix().transformPoint(0, glyphHeight).y : glyphHeight / 1000;
    }

    /** The width of a space in text space: the font's, else 0.8 of its average glyph, else the font size. */
    static float spaceWidth(PDFont font) {
        float toText = font instanceof PDType3Font ? font.getFontMatrix().getScaleX() : 1 / 1000f;
        float space = 0;
        try {
            space = font.getSpaceWidth() * toText;
        } catch (RuntimeException e) {
            space = 0; // a font whose space cannot be measured: as PDFBox, the average below
        }
        if (Float.compare(space, 0) == 0) {
            space = font.getAverageFontWidth() * toText * .80f;
        }
        return Float.compare(space, 0) == 0 ? 1.0f : space;
    }

    /** A vertical font's glyph advance across (its displacement runs down), in text space. */
    static float verticalAdvance(PDFont font, int code) throws IOException {
        float advance = font.getWidth(code) / 1000;
        TrueTypeFont ttf = null;
        if (font instanceof PDTrueTypeFont t) {
            ttf = t.getTrueTypeFont();
        } else if (font instanceof PDType0Font t0 && t0.getDescendantFont() instanceof PDCIDFontType2 cid) {
            ttf = cid.getTrueTypeFont();
        }
        if (ttf != null && ttf.getUnitsPerEm() != 1000) {
            advance *= 1000f / ttf.getUnitsPerEm();
        }
        return advance;
    }

    /** A simple font (one byte a code), whose code without text stands for itself. */
    static boolean simple(PDFont font) {
        return font instanceof PDSimpleFont || font instanceof PdfDictFont;
    }
}
