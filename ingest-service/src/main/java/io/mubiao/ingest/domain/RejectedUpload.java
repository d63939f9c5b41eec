package io.mubiao.ingest.domain;

/** An upload refused for what the client sent; {@code status} is the HTTP status that says why. */
public class RejectedUpload extends RuntimeException {
    private final int status;
    private final String title;

    public RejectedUpload(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
