package io.mubiao.ingest.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns uploaded text bytes into the normalized text every later stage sees: strict UTF-8 (bad bytes
 * are refused, never replaced), no byte-order mark, LF line breaks, Unicode NFC. Offsets of extracted
 * targets refer to this text.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    public static String decodeUtf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return normalize(text);
        } catch (CharacterCodingException e) {
            throw new RejectedUpload(422, "Unprocessable Content",
                    "The body is not valid UTF-8 text (" + e.getMessage() + "). Send UTF-8, or declare the charset.");
        }
    }

    static String normalize(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        t = Normalizer.normalize(t, Normalizer.Form.NFC);
        if (t.chars().anyMatch(c -> c == 0)) {
            throw new RejectedUpload(422, "Unprocessable Content", "The body holds NUL bytes: it is binary, not text.");
        }
        if (t.isBlank()) {
            throw new RejectedUpload(400, "Bad Request", "The document holds no text.");
        }
        return t;
    }
}
