package io.mubiao.documents;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A page's content read for its glyphs and ruling lines, operator by operator as PDFBox's graphics engine reads it
 * (the same matrices, the same calls into {@link PdfGlyphs} and {@link PdfRules}) but over {@link PdfContentLexer}'s
 * tokens: PDFBox's own pass ({@link PdfPageEngine}) spent more CPU on a work report than the extraction of its text.
 * Only reading is done here: fonts, resources, forms and marked content are PDFBox's objects. A page with anything
 * this reader does not do exactly as PDFBox does (an inline image, vertical text, a font set by a graphics state, a
 * malformed operator) is declined, whole, and read by PDFBox: the two give the same glyphs (PdfContentEngineTest).
 */
final class PdfContentEngine {
    /** The page is PDFBox's to read. Thrown without a stack trace: it is an answer, not an error. */
    static final class Declined extends RuntimeException {
        static final Declined INSTANCE = new Declined();

        private Declined() {
            super("declined", null, false, false);
        }
    }

    private static final int MAX_OPERANDS = 8;
    private static final int MAX_FORM_DEPTH = 50; // as PDFBox: deeper forms are skipped

    final PdfGlyphs glyphs;
    final PdfRules rules;
    private final PDPage page;
    private final PdfContentOperands operands = new PdfContentOperands(MAX_OPERANDS);
    private final Map<COSDictionary, Map<String, PDFont>> fonts = new IdentityHashMap<>(); // per resources
    private Deque<PdfTextGraphics> stack = new ArrayDeque<>();
    private PDResources resources;
    private Matrix textMatrix;
    private Matrix textLineMatrix;
    private int level;
    private final float[] parameters = new float[9]; // the text state as a matrix, the CTM, and their product with Tm
    private final float[] ctm = new float[9];
    private final float[] trm = new float[9];

    PdfContentEngine(PDPage page, PdfGlyphHeights heights) {
        this.page = page;
        this.glyphs = new PdfGlyphs(page, heights);
        this.rules = new PdfRules(page);
    }

    /** Reads the page, or throws {@link Declined}. */
    void read() throws IOException {
        resources = page.getResources() == null ? new PDResources() : page.getResources();
        stack.push(new PdfTextGraphics());
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext(); ) {
            try (InputStream in = streams.next().createInputStream()) {
                in.transferTo(content);
            }
        }
        run(new PdfContentLexer(content.toByteArray()));
    }

    private void run(PdfContentLexer lexer) throws IOException {
        operands.clear();
        for (int kind = lexer.next(); kind != PdfContentLexer.EOF; kind = lexer.next()) {
            if (kind == PdfContentLexer.OPERATOR) {
                operator(lexer.op);
                operands.clear();
            } else {
                operands.add(kind, lexer);
            }
        }
    }

    private PdfTextGraphics state() {
        return stack.peek();
    }

    private void operator(int op) throws IOException {
        PdfContentOperands o = operands;
        PdfTextGraphics s = state();
        switch (op) {
            case 'T' | 'J' << 8 -> showStrings(o);
            case 'T' | 'j' << 8 -> showString(o);
            case 'T' | 'f' << 8 -> font(o.name(0, 2), o.number(1, 2));
            case 'T' | 'd' << 8 -> moveText(o.number(0, 2), o.number(1, 2));
            case 'T' | 'D' << 8 -> {
                s.leading = -o.number(1, 2);
                moveText(o.number(0, 2), o.number(1, 2));
            }
            case 'T' | 'm' << 8 -> {
                textMatrix = o.matrix();
                textLineMatrix = textMatrix.clone();
            }
            case 'T' | '*' << 8 -> nextLine();
            case 'T' | 'c' << 8 -> s.charSpacing = o.number(0, 1);
            case 'T' | 'w' << 8 -> s.wordSpacing = o.number(0, 1);
            case 'T' | 'z' << 8 -> s.horizontalScaling = o.number(0, 1);
            case 'T' | 'L' << 8 -> s.leading = o.number(0, 1);
            case 'T' | 's' << 8 -> s.rise = o.number(0, 1);
            case '\'' -> {
                nextLine();
                showString(o);
            }
            case '"' -> {
                s.wordSpacing = o.number(0, 3);
                s.charSpacing = o.number(1, 3);
                nextLine();
                o.dropFirst(2);
                showString(o);
            }
            case 'B' | 'T' << 8 -> {
                textMatrix = new Matrix();
                textLineMatrix = new Matrix();
            }
            case 'E' | 'T' << 8 -> {
                textMatrix = null;
                textLineMatrix = null;
            }
            case 'q' -> stack.push(s.copy());
            case 'Q' -> {
                if (stack.size() <= 1) {
                    throw Declined.INSTANCE; // PDFBox's warning and recovery: its own
                }
                stack.pop();
            }
            case 'c' | 'm' << 8 -> s.ctm.concatenate(o.matrix());
            case 'g' | 's' << 8 -> graphicsState(o.name(0, 1));
            case 'D' | 'o' << 8 -> xObject(o.name(0, 1));
            case 'B' | 'M' << 8 | 'C' << 16 -> glyphs.beginMarkedContent(o.lastName(), null);
            case 'B' | 'D' << 8 | 'C' << 16 -> markedContent(o);
            case 'E' | 'M' << 8 | 'C' << 16 -> glyphs.endMarkedContent();
            default -> PdfContentPaths.operator(op, o, s.ctm, rules);
        }
    }

    private void font(String name, float size) throws IOException {
        state().fontSize = size;
        Map<String, PDFont> known = fonts.computeIfAbsent(resources.getCOSObject(), r -> new HashMap<>());
        PDFont font = known.get(name);
        if (font == null && !known.containsKey(name)) {
            font = resources.getFont(COSName.getPDFName(name));
            known.put(name, font);
        }
        state().font = font;
    }

    private void moveText(float tx, float ty) {
        if (textLineMatrix == null) {
            return;
        }
        textLineMatrix.concatenate(new Matrix(1, 0, 0, 1, tx, ty));
        textMatrix = textLineMatrix.clone();
    }

    private void nextLine() {
        moveText(0, -state().leading);
    }

    /** Tj: the glyphs of one string. */
    private void showString(PdfContentOperands o) throws IOException {
        byte[] string = o.string(0, 1);
        if (textMatrix != null) {
            showText(string);
        }
    }

    /** TJ: strings and, between them, adjustments in thousandths of a text space unit. */
    private void showStrings(PdfContentOperands o) throws IOException {
        PdfContentLexer array = o.array(0, 1);
        if (textMatrix == null) {
            return;
        }
        PdfTextGraphics s = state();
        float fontSize = s.fontSize;
        float horizontalScaling = s.horizontalScaling / 100f;
        for (int i = 0; i < array.arrayLength; i++) {
            byte[] string = array.arrayStrings[i];
            if (string != null) {
                showText(string);
            } else {
                float tx = -array.arrayNumbers[i] / 1000 * fontSize * horizontalScaling;
                textMatrix.translate(tx, 0);
            }
        }
    }

    /** PDFStreamEngine.showText: each code's rendering matrix, its glyph, the text matrix moved past it. */
    private void showText(byte[] string) throws IOException {
        PdfTextGraphics s = state();
        PDFont font = s.font;
        if (font == null || font.isVertical()) {
            throw Declined.INSTANCE; // PDFBox's default font, or vertical text: PDFBox's reading
        }
        float fontSize = s.fontSize;
        float horizontalScaling = s.horizontalScaling / 100f;
        float[] parameters = PdfMatrixMath.translation(0, s.rise, this.parameters); // Matrix(fs·h, 0, 0, fs, 0, rise)
        parameters[0] = fontSize * horizontalScaling;
        parameters[4] = fontSize;
        float[] ctm = PdfMatrixMath.values(s.ctm, this.ctm);
        float[] m = this.trm;
        InputStream in = new ByteArrayInputStream(string);
        while (in.available() > 0) {
            int before = in.available();
            int code = font.readCode(in);
            int codeLength = before - in.available();
            float wordSpacing = codeLength == 1 && code == 32 ? s.wordSpacing : 0;
            PdfMatrixMath.multiply(parameters, PdfMatrixMath.values(textMatrix, m), m); // as parameters.multiply(tm)
            PdfMatrixMath.multiply(m, ctm, m); //                                            .multiply(ctm)
            Matrix trm = new Matrix(m[0], m[1], m[3], m[4], m[6], m[7]);
            Vector w = font.getDisplacement(code);
            glyphs.show(trm, font, code, w, fontSize, s.horizontalScaling, textMatrix, s.ctm);
            textMatrix.translate((w.getX() * fontSize + s.charSpacing + wordSpacing) * horizontalScaling, 0);
        }
    }

    /** gs: a graphics state that sets a font is declined; the rest of it does not move text. */
    private void graphicsState(String name) {
        PDExtendedGraphicsState gs = resources.getExtGState(COSName.getPDFName(name));
        if (gs != null && gs.getCOSObject().containsKey(COSName.FONT)) {
            throw Declined.INSTANCE;
        }
    }

    /** Do: a form's content read in place, with its matrix and resources, as PDFBox's processStream reads it. */
    private void xObject(String name) throws IOException {
        PDXObject xobject = resources.getXObject(COSName.getPDFName(name));
        if (xobject == null) {
            throw Declined.INSTANCE;
        }
        if (!(xobject instanceof PDFormXObject form)) {
            return; // an image: no text
        }
        level++;
        try {
            if (level > MAX_FORM_DEPTH || !(form instanceof PDTransparencyGroup) && form.getCOSObject().getLength() <= 0) {
                return;
            }
            PDResources parent = resources;
            if (form.getResources() != null) {
                resources = form.getResources();
            }
            Deque<PdfTextGraphics> saved = stack;
            stack = new ArrayDeque<>();
            stack.push(saved.peek().copy());
            state().ctm.concatenate(form.getMatrix());
            try (InputStream in = form.getContentStream().createInputStream()) {
                run(new PdfContentLexer(in.readAllBytes())); // Do's operands are read already
            } finally {
                stack = saved;
                resources = parent;
            }
        } finally {
            level--;
        }
    }

    /** BDC: its properties inline or named in the resources; without properties no sequence opens (as PDFBox). */
    private void markedContent(PdfContentOperands o) {
        COSName tag = COSName.getPDFName(o.name(0, 2));
        COSDictionary properties = o.dictionary(1);
        if (properties == null) {
            PDPropertyList named = resources.getProperties(COSName.getPDFName(o.name(1, 2)));
            properties = named == null ? null : named.getCOSObject();
        }
        if (properties != null) {
            glyphs.beginMarkedContent(tag, properties);
        }
    }

    static int windingRule(boolean evenOdd) {
        return evenOdd ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO;
    }

    static Point2D.Float transformed(Matrix ctm, float x, float y) {
        float[] position = {x, y};
        ctm.createAffineTransform().transform(position, 0, position, 0, 1);
        return new Point2D.Float(position[0], position[1]);
    }
}
