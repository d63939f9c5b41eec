package io.mubiao.contracts;

/** CloudEvents 1.0 Kafka protocol binding, binary mode: attributes travel as {@code ce_*} record headers. */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TYPE = "ce_type";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** The headers of a new event: a fresh id, the current time, the given type, source and subject (document id). */
    public static java.util.Map<String, String> forNewEvent(String type, String source, String subject) {
        java.util.Map<String, String> h = new java.util.LinkedHashMap<>();
        h.put(SPEC_VERSION, SPEC_VERSION_VALUE);
        h.put(TYPE, type);
        h.put(ID, java.util.UUID.randomUUID().toString());
        h.put(SOURCE, source);
        h.put(TIME, java.time.Instant.now().toString());
        h.put(SUBJECT, subject);
        h.put(CONTENT_TYPE, JSON);
        return h;
    }
}
