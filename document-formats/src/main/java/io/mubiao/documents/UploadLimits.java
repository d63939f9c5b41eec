package io.mubiao.documents;

/**
 * What no document sent to Mubiao may carry, whoever receives it (an upload to ingest-service, a preview to
 * extract-service): a body above the size limit (413), a field above {@value #MAX_FIELD} characters or a file name
 * that is a path (400). Both refuse the same input with the same problem.
 */
public final class UploadLimits {
    public static final int MAX_FIELD = 1000;
    private final long maxBytes;
    private final String setting;

    /** @param setting the configuration key of the limit, named in the refusal so that an operator can raise it */
    public UploadLimits(long maxBytes, String setting) {
        this.maxBytes = maxBytes;
        this.setting = setting;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Refuses, with a {@link RejectedDocument}, what is over a limit; the body may be null (its size checked apart). */
    public void check(byte[] body, UploadFields fields) {
        checkField("title", fields.title());
        checkField("date", fields.date());
        checkField("genre", fields.genre());
        checkField("issuer", fields.issuer());
        checkField("region", fields.region());
        checkField("source", fields.source());
        checkField("fileName", fields.fileName());
        checkFileName(fields.fileName());
        if (body != null) {
            checkSize(body.length);
        }
    }

    public void checkSize(long size) {
        if (size > maxBytes) {
            throw new RejectedDocument(413, "Content Too Large",
                    "The document has " + size + " bytes; the limit is " + maxBytes + " (" + setting + ").");
        }
    }

    private static void checkField(String name, String value) {
        if (value != null && value.length() > MAX_FIELD) {
            throw new RejectedDocument(400, "Bad Request",
                    "'" + name + "' has " + value.length() + " characters; at most " + MAX_FIELD + " are allowed.");
        }
    }

    /** A file name is metadata: a bare name, never a path (no separators, no "..", no control characters). */
    static void checkFileName(String name) {
        if (name == null) {
            return;
        }
        boolean control = name.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
        if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..") || control) {
            throw new RejectedDocument(400, "Bad Request",
                    "'fileName' must be a bare file name such as report.pdf, without path separators, '..' or control characters.");
        }
    }
}
