package io.mubiao.contracts;

/** Kafka topic names shared by every service. Records are keyed by the document id. */
public final class Topics {
    /** Log-compacted: the replayable source of truth for every accepted document. */
    public static final String DOCUMENTS_INGESTED = "documents.ingested";
    /** The whole extraction result of one document; consumers replace what they held. */
    public static final String DOCUMENTS_EXTRACTED = "documents.extracted";
    /** Dead letters: a document that could not be processed, with the stage and the reason. */
    public static final String DOCUMENTS_FAILED = "documents.failed";

    private Topics() {
    }
}
