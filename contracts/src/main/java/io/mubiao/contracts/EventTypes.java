package io.mubiao.contracts;

/**
 * CloudEvents {@code ce_type} values. A change that breaks a consumer gets a new version suffix and
 * a new schema file next to the old one.
 */
public final class EventTypes {
    public static final String DOCUMENT_INGESTED_V1 = "mubiao.document.ingested.v1";
    public static final String DOCUMENT_EXTRACTED_V1 = "mubiao.document.extracted.v1";
    public static final String DOCUMENT_FAILED_V1 = "mubiao.document.failed.v1";

    private EventTypes() {
    }

    /** The classpath location of the JSON Schema for an event type, e.g. {@code /schemas/mubiao.document.ingested.v1.json}. */
    public static String schemaResource(String ceType) {
        return "/schemas/" + ceType + ".json";
    }
}
