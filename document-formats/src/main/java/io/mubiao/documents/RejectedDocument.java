package io.mubiao.documents;

/**
 * A document refused for what the client sent. {@code status} is the HTTP status that says why (400 empty,
 * 413 too large, 415 unsupported type, 422 unreadable); {@code getMessage()} is written for the client,
 * in its terms (no class names, no parser messages: those stay in the cause, for the log).
 */
public class RejectedDocument extends RuntimeException {
    private final int status;
    private final String title;
    /** The same refusal worded for a file on disk (the command line), where the HTTP wording would not fit. */
    private String fileDetail;

    public RejectedDocument(int status, String title, String detail) {
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

    /** Gives the wording for a file read from disk ("the file is binary", not "the body"); returns this. */
    RejectedDocument inFileTerms(String detail) {
        this.fileDetail = detail;
        return this;
    }

    /** The detail in the terms of a file on disk: the file wording when there is one, else the message. */
    public String fileMessage() {
        return fileDetail != null ? fileDetail : getMessage();
    }

    static RejectedDocument badRequest(String detail) {
        return new RejectedDocument(400, "Bad Request", detail);
    }

    static RejectedDocument unsupported(String detail) {
        return new RejectedDocument(415, "Unsupported Media Type", detail);
    }

    static RejectedDocument unreadable(String detail) {
        return new RejectedDocument(422, "Unprocessable Content", detail);
    }

    /** Unreadable, with the parser's own failure kept as the cause for the log, never in the client's detail. */
    static RejectedDocument unreadable(String detail, Throwable cause) {
        RejectedDocument r = unreadable(detail);
        r.initCause(cause);
        return r;
    }
}
