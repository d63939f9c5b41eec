package io.mubiao.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.util.Matrix;

/**
 * An embedded simple font (Type 1, TrueType) read from its dictionary: the text of a code from /ToUnicode, its
 * advance from /Widths, the font's box and heights from the font descriptor: all that reading text asks. PDFBox
 * parses the whole embedded font program when it makes a font (LibreOffice embeds a Chinese font as subsets of 256
 * glyphs, each 80-100 KB of encrypted Type 1: a fifth of the read of a work report went into them). Whatever the
 * dictionary does not say is asked of PDFBox's own font, made from the program the first time it is needed.
 */
final class PdfDictFont extends PDFont {
    private PDFont program;
    private float spaceWidth = -1;
    private final int firstChar;
    private final float[] widths; // /Widths from firstChar on, to /LastChar at most
    private final float missingWidth;
    private final String[] unicodes = new String[256]; // what /ToUnicode gave each code, once asked
    private final String name;

    private PdfDictFont(COSDictionary dict) {
        super(dict);
        firstChar = dict.getInt(COSName.FIRST_CHAR, -1);
        int lastChar = dict.getInt(COSName.LAST_CHAR, -1);
        List<Float> listed = getWidths();
        widths = new float[Math.max(0, Math.min(listed.size(), lastChar - firstChar + 1))];
        for (int i = 0; i < widths.length; i++) {
            Float w = listed.get(i);
            widths[i] = w == null ? 0f : w;
        }
        missingWidth = getFontDescriptor().getMissingWidth();
        name = dict.getNameAsString(COSName.BASE_FONT);
    }

    /** The font read from its dictionary, or null when the dictionary does not say enough (PDFBox's font then). */
    static PDFont of(COSDictionary dict) {
        COSName subtype = dict.getCOSName(COSName.SUBTYPE);
        COSDictionary descriptor = dict.getCOSDictionary(COSName.FONT_DESC);
        boolean simple = COSName.TYPE1.equals(subtype) || COSName.MM_TYPE1.equals(subtype) || COSName.TRUE_TYPE.equals(subtype);
        if (!simple || descriptor == null || dict.getCOSArray(COSName.WIDTHS) == null || !dict.containsKey(COSName.FIRST_CHAR)
                || dict.getDictionaryObject(COSName.TO_UNICODE) == null || !embedded(descriptor)) {
            return null;
        }
        PdfDictFont font = new PdfDictFont(dict);
        return font.getToUnicodeCMap() == null ? null : font;
    }

    private static boolean embedded(COSDictionary descriptor) {
        return descriptor.containsKey(COSName.FONT_FILE) || descriptor.containsKey(COSName.FONT_FILE2)
                || descriptor.containsKey(COSName.FONT_FILE3);
    }

    /** PDFBox's font of the same dictionary, its program parsed: for what the dictionary does not say. */
    private PDFont program() {
        if (program == null) {
            try {
                program = PDFontFactory.createFont(dict, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return program;
    }

    /** True once something asked what only the font program knows (the tests check a plain read never does). */
    boolean programRead() {
        return program != null;
    }

    @Override
    public int readCode(InputStream in) throws IOException {
        return in.read(); // a simple font: one byte a code
    }

    /** The width PDFBox gives a code of a font with /Widths: its entry, else the descriptor's /MissingWidth. */
    @Override
    public float getWidth(int code) {
        int i = code - firstChar;
        return i >= 0 && i < widths.length ? widths[i] : missingWidth;
    }

    @Override
    public String toUnicode(int code, GlyphList glyphList) {
        boolean cached = code >= 0 && code < unicodes.length;
        String unicode = cached ? unicodes[code] : null;
        if (unicode == null) {
            unicode = super.toUnicode(code);
            if (unicode == null) {
                return program().toUnicode(code, glyphList);
            }
            if (cached) {
                unicodes[code] = unicode;
            }
        }
        return unicode;
    }

    @Override
    public String toUnicode(int code) {
        return toUnicode(code, GlyphList.getAdobeGlyphList());
    }

    /**
     * The width of a space as PDFBox takes it (the width of the code /ToUnicode maps to a space), except that where
     * no code maps to one, the dictionary's width of code 32 stands in for the program's, then the average width.
     */
    @Override
    public float getSpaceWidth() {
        if (spaceWidth < 0) {
            float w = spaceCode() > -1 ? getWidth(spaceCode()) : 0;
            if (w <= 0) {
                w = getWidth(32);
            }
            spaceWidth = w > 0 ? w : getAverageFontWidth();
        }
        return spaceWidth;
    }

    /** The code /ToUnicode maps to a space, -1 if none. */
    int spaceCode() {
        return getToUnicodeCMap().getSpaceMapping();
    }

    /** The descriptor's box, as PDFBox takes it (a Type 1 font's only when not all zero), else the program's. */
    @Override
    public BoundingBox getBoundingBox() throws IOException {
        PDRectangle box = getFontDescriptor().getFontBoundingBox();
        boolean trueType = COSName.TRUE_TYPE.equals(dict.getCOSName(COSName.SUBTYPE));
        if (box != null && (trueType || box.getLowerLeftX() != 0 || box.getLowerLeftY() != 0
                || box.getUpperRightX() != 0 || box.getUpperRightY() != 0)) {
            return new BoundingBox(box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY());
        }
        return program().getBoundingBox();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isVertical() {
        return false;
    }

    @Override
    public boolean isEmbedded() {
        return true;
    }

    @Override
    public boolean isDamaged() {
        return program().isDamaged();
    }

    @Override
    public Matrix getFontMatrix() {
        return program().getFontMatrix();
    }

    @Override
    public float getHeight(int code) throws IOException {
        return program().getHeight(code);
    }

    @Override
    public float getWidthFromFont(int code) throws IOException {
        return program().getWidthFromFont(code);
    }

    @Override
    public boolean hasExplicitWidth(int code) throws IOException {
        return program().hasExplicitWidth(code);
    }

    /** Never asked: the standard 14 widths are for fonts not embedded, and this one is. */
    @Override
    protected float getStandard14Width(int code) {
        throw new UnsupportedOperationException("an embedded font has no standard 14 widths");
    }

    @Override
    protected byte[] encode(int unicode) {
        throw new UnsupportedOperationException("a font read for its text writes none");
    }

    @Override
    public void addToSubset(int codePoint) {
        throw new UnsupportedOperationException("a font read for its text writes none");
    }

    @Override
    public void subset() {
        throw new UnsupportedOperationException("a font read for its text writes none");
    }

    @Override
    public boolean willBeSubset() {
        return false;
    }
}
