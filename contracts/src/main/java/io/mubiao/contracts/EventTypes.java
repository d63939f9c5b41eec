package io.mubiao.contracts;

/**
 * CloudEvents {@code ce_type} values; each has its JSON Schema at {@code /schemas/<ce_type>.json} in this jar. A change that breaks a consumer gets a new version suffix and
 * a new schema file next to the old one.
 */
public final class EventTypes {
    public static final String DOCUMENT_INGESTED_V1 = "mubiao.document.ingested.v1";
    public static final String DOCUMENT_EXTRACTED_V1 = "mubiao.document.extracted.v1";
    public static final String DOCUMENT_FAILED_V1 = "mubiao.document.failed.v1";

    private EventTypes() {
    }
}
