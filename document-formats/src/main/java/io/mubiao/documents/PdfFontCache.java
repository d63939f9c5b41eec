package io.mubiao.documents;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A document's resource cache that hands PDFBox a font read from its dictionary ({@link PdfDictFont}) where that
 * says enough, and keeps every font of the document for all its pages (one read of a document, no memory pressure
 * to yield to).
 */
final class PdfFontCache extends DefaultResourceCache {
    private final Map<COSBase, PDFont> fonts = new IdentityHashMap<>();

    @Override
    public PDFont getFont(COSObject indirect) {
        COSBase dict = indirect.getObject();
        PDFont font = fonts.get(dict);
        if (font == null && dict instanceof COSDictionary d) {
            font = PdfDictFont.of(d);
            if (font != null) {
                fonts.put(dict, font);
            }
        }
        return font;
    }

    @Override
    public void put(COSObject indirect, PDFont font) {
        if (font != null) {
            fonts.put(indirect.getObject(), font);
        }
    }

    @Override
    public PDFont removeFont(COSObject indirect) {
        return null; // kept for the document's other pages
    }
}
