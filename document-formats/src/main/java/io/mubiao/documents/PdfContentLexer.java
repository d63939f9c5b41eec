package io.mubiao.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;

/**
 * The tokens of a decoded content stream, read as PDFBox's {@code PDFStreamParser} reads them but without an object
 * per token: a number is a float, a string its bytes, an operator a small code ({@link #op}), an array of a
 * {@code TJ} its strings and numbers in two reused arrays. A work report of 36 pages printed by LibreOffice is
 * ≈150,000 tokens (each glyph placed on its own in justified text, {@code [<4E>-24<4F>-30<50>]TJ}), and making
 * PDFBox's objects of them cost more than the extraction of the whole text.
 * What it would not read exactly as PDFBox does — an inline image, a number like {@code --5} or {@code 0.00-3}, an
 * operator outside ISO 32000's table, an unclosed string, an array holding more than strings and numbers — it
 * declines ({@link PdfContentEngine.Declined}), and the page is read by PDFBox ({@link PdfPageEngine}).
 */
final class PdfContentLexer {
    static final int EOF = 0;
    static final int NUMBER = 1;
    static final int NAME = 2;
    static final int STRING = 3;
    static final int ARRAY = 4;
    static final int DICTIONARY = 5;
    static final int OPERATOR = 6;
    static final int OTHER = 7; // true, false, null

    /** Float.parseFloat's result for m / 10^k when both are exact floats (m < 2^24, k ≤ 10): one rounding. */
    private static final float[] POWERS = {1f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};
    private static final int EXACT = 1 << 24;
    /** Whitespace (ISO 32000 7.2.3): NUL, tab, line feed, form feed, carriage return, space. */
    private static final boolean[] SPACE = new boolean[256];
    /** What ends a name: whitespace and the delimiters PDFBox's BaseParser.isEndOfName stops at. */
    private static final boolean[] NAME_END = new boolean[256];

    static {
        for (char c : new char[] {0, '\t', '\n', '\f', '\r', ' '}) {
            SPACE[c] = true;
            NAME_END[c] = true;
        }
        for (char c : "><[/])(%".toCharArray()) {
            NAME_END[c] = true;
        }
    }

    private final byte[] data;
    private final int end;
    private final String[] names = new String[64]; // the short names read, by their bytes packed in a long
    private final long[] namesPacked = new long[64];
    private int pos;

    float number;
    String name;
    byte[] string;
    int op; // the operator's bytes, first in the lowest byte (see #op(String))
    COSBase object; // a dictionary, true, false or null
    int arrayLength; // an array: item i a string when arrayStrings[i] != null, else the number arrayNumbers[i]
    float[] arrayNumbers = new float[64];
    byte[][] arrayStrings = new byte[64][];

    PdfContentLexer(byte[] data) {
        this.data = data;
        this.end = data.length;
    }

    /** An operator's code: its one to three bytes, the first lowest ({@code op("TJ") == 'T' | 'J' << 8}). */
    static int op(String operator) {
        int code = 0;
        for (int i = 0; i < operator.length(); i++) {
            code |= operator.charAt(i) << (8 * i);
        }
        return code;
    }

    int next() {
        skipSpaces();
        if (pos >= end) {
            return EOF;
        }
        int c = data[pos] & 0xff;
        switch (c) {
            case '<':
                if (pos + 1 < end && data[pos + 1] == '<') {
                    object = dictionary();
                    return DICTIONARY;
                }
                pos++;
                string = hex();
                return STRING;
            case '(':
                pos++;
                string = literal();
                return STRING;
            case '[':
                pos++;
                array();
                return ARRAY;
            case '/':
                pos++;
                name = name();
                return NAME;
            default:
                if (c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.') {
                    number = number();
                    return NUMBER;
                }
                return word();
        }
    }

    private void skipSpaces() {
        while (pos < end) {
            int c = data[pos] & 0xff;
            if (SPACE[c]) {
                pos++;
            } else if (c == '%') {
                while (pos < end && data[pos] != '\n' && data[pos] != '\r') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private static boolean whitespace(int c) {
        return SPACE[c & 0xff];
    }

    /** An operator, true, false or null; as PDFStreamParser, an operator ends at a space, a delimiter or a digit. */
    private int word() {
        int start = pos;
        while (pos < end) {
            int c = data[pos];
            if (whitespace(c) || c == '[' || c == '<' || c == '(' || c == '/' || c == '%' || c >= '0' && c <= '9') {
                break;
            }
            pos++;
            if (c == 'd' && pos < end && (data[pos] == '0' || data[pos] == '1')) {
                pos++; // a Type 3 glyph's d0, d1
            }
        }
        int length = pos - start;
        if (length == 4 && data[start] == 't' && data[start + 1] == 'r' && data[start + 2] == 'u' && data[start + 3] == 'e') {
            object = COSBoolean.TRUE;
            return OTHER;
        }
        if (length == 4 && data[start] == 'n' && data[start + 1] == 'u' && data[start + 2] == 'l' && data[start + 3] == 'l') {
            object = COSNull.NULL;
            return OTHER;
        }
        if (length == 5 && data[start] == 'f' && data[start + 1] == 'a' && data[start + 2] == 'l') {
            object = COSBoolean.FALSE;
            return OTHER;
        }
        if (length == 0 || length > 3) {
            throw PdfContentEngine.Declined.INSTANCE; // ']' alone, BI's data, a word PDFBox reads its own way
        }
        int code = 0;
        for (int i = 0; i < length; i++) {
            code |= (data[start + i] & 0xff) << (8 * i);
        }
        op = code;
        return OPERATOR;
    }

    /** {@code 12}, {@code -3.5}, {@code .25}; anything PDFBox reads by its lenient rules is declined. */
    private float number() {
        int start = pos;
        boolean negative = data[pos] == '-';
        if (data[pos] == '-' || data[pos] == '+') {
            pos++;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        while (pos < end) {
            int c = data[pos];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else if (c == '-' || c == '.' || c == '+') {
                throw PdfContentEngine.Declined.INSTANCE; // 0.00-3, 1.2.3, --5: PDFBox's own readings
            } else {
                break;
            }
            pos++;
        }
        if (digits == 0 || digits > 18) {
            throw PdfContentEngine.Declined.INSTANCE; // "-", ".", "+" alone, or too long for the fast path
        }
        if (decimals <= 0) {
            return (float) (negative ? -mantissa : mantissa); // as COSInteger's floatValue of a long
        }
        if (mantissa < EXACT && decimals < POWERS.length) {
            float value = mantissa / POWERS[decimals];
            return negative && value != 0 ? -value : value; // COSFloat makes -0.0 a 0
        }
        try {
            return COSNumber.get(new String(data, start, pos - start, StandardCharsets.ISO_8859_1)).floatValue();
        } catch (IOException e) {
            throw PdfContentEngine.Declined.INSTANCE;
        }
    }

    /**
     * A name's bytes up to a delimiter; an escaped or non-ASCII one is declined. A short name is one String for all
     * its uses ({@code /F1} is set some thousand times on a page of justified text), so its hash is computed once.
     */
    private String name() {
        int start = pos;
        long packed = 0;
        while (pos < end) {
            int c = data[pos];
            if (c < 0 || c == '#') {
                throw PdfContentEngine.Declined.INSTANCE;
            }
            if (NAME_END[c]) {
                break;
            }
            packed = packed << 8 | c;
            pos++;
        }
        int length = pos - start;
        if (length > 8) {
            return new String(data, start, length, StandardCharsets.ISO_8859_1);
        }
        int slot = (int) (packed ^ packed >>> 29) & (names.length - 1);
        if (namesPacked[slot] != packed || names[slot] == null) {
            namesPacked[slot] = packed;
            names[slot] = new String(data, start, length, StandardCharsets.ISO_8859_1);
        }
        return names[slot];
    }

    private byte[] hex() {
        byte[] out = new byte[16];
        int n = 0;
        int high = -1;
        while (true) {
            if (pos >= end) {
                throw PdfContentEngine.Declined.INSTANCE;
            }
            int c = data[pos++];
            if (c == '>') {
                break;
            }
            int v = Character.digit(c, 16);
            if (v < 0) {
                if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\b' || c == '\f') {
                    continue;
                }
                throw PdfContentEngine.Declined.INSTANCE;
            }
            if (high < 0) {
                high = v;
            } else {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = (byte) (high * 16 + v);
                high = -1;
            }
        }
        if (high >= 0) { // an odd digit count: the last one padded with 0
            out = n == out.length ? Arrays.copyOf(out, n + 1) : out;
            out[n++] = (byte) (high * 16);
        }
        return Arrays.copyOf(out, n);
    }

    /** A literal string, nested parentheses kept, escapes read; PDFBox's repairs of a broken one are declined. */
    private byte[] literal() {
        byte[] out = new byte[16];
        int n = 0;
        int depth = 1;
        while (true) {
            if (pos >= end) {
                throw PdfContentEngine.Declined.INSTANCE;
            }
            int c = data[pos++] & 0xff;
            int b = c;
            if (c == ')') {
                if (--depth == 0) {
                    break;
                }
                endsHere();
            } else if (c == '(') {
                depth++;
            } else if (c == '\\') {
                if (pos >= end) {
                    throw PdfContentEngine.Declined.INSTANCE;
                }
                int e = data[pos++] & 0xff;
                if (e >= '0' && e <= '7') {
                    b = e - '0';
                    for (int i = 0; i < 2 && pos < end && data[pos] >= '0' && data[pos] <= '7'; i++) {
                        b = b * 8 + data[pos++] - '0';
                    }
                } else if (e == '\n' || e == '\r') {
                    while (pos < end && (data[pos] == '\n' || data[pos] == '\r')) {
                        pos++;
                    }
                    continue;
                } else if (e == ')') {
                    endsHere();
                    b = e;
                } else {
                    b = switch (e) {
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        default -> e; // \( \) \\ and an unknown escape's character
                    };
                }
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = (byte) b;
        }
        return Arrays.copyOf(out, n);
    }

    /** PDFBox ends an unbalanced string at a ')' followed by a line break and '/' or '>': declined. */
    private void endsHere() {
        if (pos + 2 < end) {
            byte a = data[pos];
            byte b = data[pos + 1];
            byte c = data[pos + 2];
            if ((a == '\r' || a == '\n') && (b == '/' || b == '>') || a == '\r' && b == '\n' && (c == '/' || c == '>')) {
                throw PdfContentEngine.Declined.INSTANCE;
            }
        }
    }

    /** An array of strings and numbers (a TJ's); any other item is declined. */
    private void array() {
        arrayLength = 0;
        while (true) {
            skipSpaces();
            if (pos >= end) {
                throw PdfContentEngine.Declined.INSTANCE;
            }
            int c = data[pos];
            if (c == ']') {
                pos++;
                return;
            }
            if (arrayLength == arrayNumbers.length) {
                arrayNumbers = Arrays.copyOf(arrayNumbers, arrayLength * 2);
                arrayStrings = Arrays.copyOf(arrayStrings, arrayLength * 2);
            }
            if (c == '(' || c == '<' && (pos + 1 >= end || data[pos + 1] != '<')) {
                pos++;
                arrayStrings[arrayLength++] = c == '(' ? literal() : hex();
            } else if (c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.') {
                arrayStrings[arrayLength] = null;
                arrayNumbers[arrayLength++] = number();
            } else {
                throw PdfContentEngine.Declined.INSTANCE;
            }
        }
    }

    /** A dictionary (a marked-content sequence's properties) as PDFBox's objects: rare, so no shortcut. */
    private COSDictionary dictionary() {
        pos += 2;
        COSDictionary dict = new COSDictionary();
        while (true) {
            skipSpaces();
            if (pos + 1 < end && data[pos] == '>' && data[pos + 1] == '>') {
                pos += 2;
                return dict;
            }
            if (pos >= end || data[pos] != '/') {
                throw PdfContentEngine.Declined.INSTANCE;
            }
            pos++;
            COSName key = COSName.getPDFName(name());
            dict.setItem(key, value());
        }
    }

    private COSBase value() {
        skipSpaces();
        if (pos >= end) {
            throw PdfContentEngine.Declined.INSTANCE;
        }
        int c = data[pos];
        if (c == '[') { // inside a dictionary an array may hold anything
            pos++;
            COSArray array = new COSArray();
            while (true) {
                skipSpaces();
                if (pos < end && data[pos] == ']') {
                    pos++;
                    return array;
                }
                array.add(value());
            }
        }
        return switch (next()) {
            case NUMBER -> new org.apache.pdfbox.cos.COSFloat(number);
            case NAME -> COSName.getPDFName(name);
            case STRING -> new COSString(string);
            case DICTIONARY, OTHER -> object;
            default -> throw PdfContentEngine.Declined.INSTANCE;
        };
    }
}
