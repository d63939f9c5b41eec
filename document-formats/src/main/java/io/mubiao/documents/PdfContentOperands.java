package io.mubiao.documents;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.util.Matrix;

/**
 * The operands read before an operator ({@link PdfContentLexer}'s tokens, kept without objects). An operator given
 * other operands than it takes is declined ({@link PdfContentEngine.Declined}): PDFBox's recovery is PDFBox's.
 */
final class PdfContentOperands {
    private final int[] kinds;
    private final float[] numbers;
    private final String[] names;
    private final byte[][] strings;
    private final Object[] objects;
    private PdfContentLexer array; // the lexer holding the one array operand, if any
    private int offset;
    private int size;

    PdfContentOperands(int capacity) {
        kinds = new int[capacity];
        numbers = new float[capacity];
        names = new String[capacity];
        strings = new byte[capacity][];
        objects = new Object[capacity];
    }

    void clear() {
        size = 0;
        offset = 0;
        array = null;
    }

    void add(int kind, PdfContentLexer lexer) {
        if (size == kinds.length) {
            throw PdfContentEngine.Declined.INSTANCE;
        }
        kinds[size] = kind;
        switch (kind) {
            case PdfContentLexer.NUMBER -> numbers[size] = lexer.number;
            case PdfContentLexer.NAME -> names[size] = lexer.name;
            case PdfContentLexer.STRING -> strings[size] = lexer.string;
            case PdfContentLexer.ARRAY -> {
                if (array != null) {
                    throw PdfContentEngine.Declined.INSTANCE; // the lexer keeps one array at a time
                }
                array = lexer;
            }
            default -> objects[size] = lexer.object;
        }
        size++;
    }

    int size() {
        return size - offset;
    }

    /** Leaves out the first operands (" shows the third of its three). */
    void dropFirst(int n) {
        offset += n;
    }

    private int at(int i, int count, int kind) {
        if (size - offset != count || kinds[offset + i] != kind) {
            throw PdfContentEngine.Declined.INSTANCE;
        }
        return offset + i;
    }

    float number(int i, int count) {
        return numbers[at(i, count, PdfContentLexer.NUMBER)];
    }

    String name(int i, int count) {
        return names[at(i, count, PdfContentLexer.NAME)];
    }

    byte[] string(int i, int count) {
        return strings[at(i, count, PdfContentLexer.STRING)];
    }

    PdfContentLexer array(int i, int count) {
        at(i, count, PdfContentLexer.ARRAY);
        return array;
    }

    /** Six numbers: cm's and Tm's matrix. */
    Matrix matrix() {
        return new Matrix(number(0, 6), number(1, 6), number(2, 6), number(3, 6), number(4, 6), number(5, 6));
    }

    /** BDC's properties when given inline, else null. */
    COSDictionary dictionary(int i) {
        int at = offset + i;
        return size - offset > i && kinds[at] == PdfContentLexer.DICTIONARY ? (COSDictionary) objects[at] : null;
    }

    /** BMC's tag: as PDFBox, the last name among the operands. */
    COSName lastName() {
        COSName tag = null;
        for (int i = offset; i < size; i++) {
            if (kinds[i] == PdfContentLexer.NAME) {
                tag = COSName.getPDFName(names[i]);
            }
        }
        return tag;
    }
}
