package io.mubiao.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A font read from its dictionary tells what PDFBox's font, its program parsed, tells of every code: text, width,
 * name, box; the width of a space too where /ToUnicode maps one. And it never parses the program for that.
 */
class PdfDictFontTest {
    @ParameterizedTest
    @ValueSource(strings = {"plan-table.pdf", "county-plan.pdf"})
    void tellsWhatPdfBoxsFontTells(String name) throws IOException {
        int fonts = 0;
        try (PDDocument doc = Loader.loadPDF(resource(name))) {
            PDResources resources = doc.getPage(0).getResources();
            for (COSName fontName : resources.getFontNames()) {
                COSDictionary dict = (COSDictionary) resources.getCOSObject().getCOSDictionary(COSName.FONT).getDictionaryObject(fontName);
                PdfDictFont ours = (PdfDictFont) PdfDictFont.of(dict);
                assertNotNull(ours, fontName + ": LibreOffice's embedded fonts say enough in their dictionaries");
                PDFont pdfbox = PDFontFactory.createFont(dict, null);
                sameForEveryCode(dict, ours, pdfbox);
                fonts++;
            }
        }
        assertEquals(4, fonts, "a Chinese and a Latin font, regular and bold");
    }

    private static void sameForEveryCode(COSDictionary dict, PdfDictFont ours, PDFont pdfbox) throws IOException {
        String font = pdfbox.getName();
        assertEquals(pdfbox.getName(), ours.getName());
        for (int code = 0; code < 256; code++) {
            assertEquals(pdfbox.getWidth(code), ours.getWidth(code), font + " width of " + code);
        }
        assertEquals(pdfbox.getBoundingBox().toString(), ours.getBoundingBox().toString(), font);
        if (ours.spaceCode() > -1) {
            assertEquals(pdfbox.getSpaceWidth(), ours.getSpaceWidth(), font);
        }
        assertFalse(ours.programRead(), font + ": all of that from the dictionary");
        for (int code = dict.getInt(COSName.FIRST_CHAR); code <= dict.getInt(COSName.LAST_CHAR); code++) {
            // a code /ToUnicode leaves out is asked of the program, as PDFBox does
            assertEquals(pdfbox.toUnicode(code, GlyphList.getAdobeGlyphList()), ours.toUnicode(code, GlyphList.getAdobeGlyphList()),
                    font + " text of " + code);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Helvetica", "SimSun"})
    void aFontNotEmbeddedIsLeftToPdfBox(String baseFont) {
        COSDictionary dict = new PDType1Font(Standard14Fonts.FontName.HELVETICA).getCOSObject();
        dict.setName(COSName.BASE_FONT, baseFont);
        assertNull(PdfDictFont.of(dict), "no program embedded: PDFBox's font finds a substitute");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PdfDictFontTest.class.getResourceAsStream("/tables/" + name)) {
            return in.readAllBytes();
        }
    }
}
