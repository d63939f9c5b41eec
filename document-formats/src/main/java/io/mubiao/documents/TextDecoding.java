package io.mubiao.documents;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;

/**
 * Bytes of text → a Java string, never guessing silently wrong: a declared charset is honoured (bad bytes are
 * refused, not replaced); a byte-order mark decides next; then strict UTF-8; then ICU4J's detector, whose
 * candidates are tried in order of confidence and kept only when they decode strictly and give Chinese text.
 */
public final class TextDecoding {
    /** Multi-byte encodings a Chinese document comes in; single-byte ones (Latin-1 ...) never hold Chinese. */
    private static final Set<String> CHINESE_CAPABLE = Set.of("GB18030", "BIG5", "UTF-16LE", "UTF-16BE", "UTF-32LE",
            "UTF-32BE", "UTF-8", "EUC-TW", "ISO-2022-CN");

    private TextDecoding() {
    }

    /**
     * @param text    the decoded text, byte-order mark removed
     * @param charset the charset used (canonical Java name)
     * @param how     {@code declared}, {@code bom}, {@code utf-8} or {@code detected}
     */
    public record Decoded(String text, String charset, String how) {
    }

    /**
     * @param declared the charset of the Content-Type, or null
     * @param markup   true for HTML, so the detector ignores tags
     */
    public static Decoded decode(byte[] bytes, String declared, boolean markup) {
        if (declared != null) {
            Charset cs = charset(declared);
            String text = strict(bytes, cs);
            if (text == null) {
                throw RejectedDocument.unreadable("The body is not valid " + cs.name() + " text, as declared (Content-Type or the page's <meta charset>).");
            }
            return new Decoded(stripBom(text), cs.name(), "declared");
        }
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            String text = strict(bytes, bom);
            if (text == null) {
                throw RejectedDocument.unreadable("The body starts with a " + bom.name() + " byte-order mark but is not valid "
                        + bom.name() + " text.").inFileTerms("The file starts with a " + bom.name()
                        + " byte-order mark but is not valid " + bom.name() + " text.");
            }
            return new Decoded(stripBom(text), bom.name(), "bom");
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8", "utf-8");
        }
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(markup);
        detector.setText(bytes);
        for (CharsetMatch m : detector.detectAll()) {
            String name = m.getName().toUpperCase(Locale.ROOT);
            if (!CHINESE_CAPABLE.contains(name) || !Charset.isSupported(m.getName())) {
                continue;
            }
            Charset cs = Charset.forName(m.getName());
            String text = strict(bytes, cs);
            if (text != null && hanRatio(text) > 0.2) {
                return new Decoded(text, cs.name(), "detected");
            }
        }
        throw RejectedDocument.unreadable("The bytes are not text in UTF-8, GB18030/GBK, Big5 or UTF-16 (detected none of them); "
                + "declare the charset in the Content-Type (text/plain; charset=...) if it is another one.")
                .inFileTerms("The file is not text in UTF-8, GB18030/GBK, Big5 or UTF-16 (a binary file, or text in "
                        + "another encoding: convert it to UTF-8).");
    }

    private static Charset charset(String name) {
        String n = name.strip();
        if (n.equalsIgnoreCase("gb2312") || n.equalsIgnoreCase("gbk") || n.equalsIgnoreCase("x-gbk")) {
            n = "GB18030"; // a superset: pages declared gb2312 routinely hold GBK characters
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw RejectedDocument.unsupported("Charset '" + name + "' is not known; use UTF-8, GB18030, GBK, Big5 or UTF-16.");
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return Charset.forName("UTF-32BE");
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0x84 && (b[1] & 0xFF) == 0x31 && (b[2] & 0xFF) == 0x95 && (b[3] & 0xFF) == 0x33) {
            return Charset.forName("GB18030");
        }
        return null;
    }

    /** The text, or null when a byte sequence is not valid in {@code cs}. */
    static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Share of Han characters among the letters: Chinese decoded with the wrong table scatters into other scripts. */
    static double hanRatio(String s) {
        long letters = 0;
        long han = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        return letters == 0 ? 0 : (double) han / letters;
    }
}
