package io.mubiao.documents;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The formats a document can come in, with how each is recognized from a media type, a file name or its bytes. */
public enum DocumentFormat {
    PLAIN_TEXT("text/plain"),
    HTML("text/html"),
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /** The media types accepted, in the words of a 415 answer. */
    public static final String ACCEPTED = "text/plain (UTF-8, GB18030/GBK, Big5 or UTF-16), text/html, application/pdf, "
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document (DOCX) or multipart/form-data";

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The format of an upload. A declared media type decides; {@code application/octet-stream} (what browsers and
     * curl send for unknown files) is resolved from the file name's extension, then from the bytes.
     */
    public static DocumentFormat of(ContentType declared, String fileName, byte[] bytes) {
        if (declared == null) {
            throw RejectedDocument.unsupported("No Content-Type given; send one of " + ACCEPTED + ".");
        }
        switch (declared.mediaType()) {
            case "text/plain":
                return PLAIN_TEXT;
            case "text/html":
            case "application/xhtml+xml":
                return HTML;
            case "application/pdf":
            case "application/x-pdf":
                return PDF;
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
                return DOCX;
            case "application/octet-stream":
            case "binary/octet-stream":
                DocumentFormat f = fromFileName(fileName);
                if (f == null) {
                    f = sniff(bytes);
                }
                if (f != null) {
                    return f;
                }
                throw RejectedDocument.unsupported("Cannot tell the format of this application/octet-stream upload"
                        + (fileName == null ? "" : " ('" + fileName + "')") + "; send one of " + ACCEPTED + ".");
            case "application/msword":
                throw RejectedDocument.unsupported("Legacy Word (.doc) files are not read; save the document as DOCX or PDF.");
            default:
                throw RejectedDocument.unsupported("Content type '" + declared.mediaType() + "' is not accepted; send one of "
                        + ACCEPTED + ".");
        }
    }

    /** The format a file name's extension names, or null. */
    public static DocumentFormat fromFileName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return PLAIN_TEXT;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".shtml")) {
            return HTML;
        }
        if (n.endsWith(".pdf")) {
            return PDF;
        }
        if (n.endsWith(".docx")) {
            return DOCX;
        }
        return null;
    }

    /** The format the first bytes show (%PDF, a ZIP holding word/, an HTML tag), or null. */
    public static DocumentFormat sniff(byte[] bytes) {
        if (bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return PDF;
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            return head.contains("word/") || head.contains("[Content_Types].xml") ? DOCX : null;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
                .replace("\u00ef\u00bb\u00bf", "").stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html")) {
            return HTML;
        }
        return null;
    }
}
