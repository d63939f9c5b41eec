package io.mubiao.documents;

import java.util.Locale;

/**
 * A parsed {@code Content-Type}: the media type in lower case and the {@code charset} parameter when given.
 *
 * @param mediaType e.g. {@code text/plain}; never null
 * @param charset   the declared charset as written (unquoted), or null
 */
public record ContentType(String mediaType, String charset) {
    public static ContentType parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String[] parts = header.split(";");
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                charset = p.substring(eq + 1).strip().replace("\"", "").replace("'", "");
                if (charset.isEmpty()) {
                    charset = null;
                }
            }
        }
        return new ContentType(parts[0].strip().toLowerCase(Locale.ROOT), charset);
    }

    @Override
    public String toString() {
        return charset == null ? mediaType : mediaType + "; charset=" + charset;
    }
}
