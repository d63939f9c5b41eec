package io.mubiao.gateway.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.mubiao.contracts.EventTypes;
import io.mubiao.contracts.Topics;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a record of one of the three topics into a {@link LifecycleEvent}. The value is read as a JSON stream and
 * only the few fields an SSE client needs are kept: the document text (up to 50 MB in documents.ingested) is skipped,
 * never held, and target and entity lists are only counted.
 */
public final class LifecycleEvents {
    /** Topic → (default ce_type, status). */
    static final Map<String, String[]> TOPICS = Map.of(
            Topics.DOCUMENTS_INGESTED, new String[] {EventTypes.DOCUMENT_INGESTED_V1, "INGESTED"},
            Topics.DOCUMENTS_EXTRACTED, new String[] {EventTypes.DOCUMENT_EXTRACTED_V1, "EXTRACTED"},
            Topics.DOCUMENTS_FAILED, new String[] {EventTypes.DOCUMENT_FAILED_V1, "FAILED"});
    static final int MAX_TEXT = 500;
    private static final JsonFactory JSON = new JsonFactory();

    private LifecycleEvents() {
    }

    /**
     * @param ceType the record's ce_type header, or null
     * @param ceTime the record's ce_time header, or null
     * @param timestamp the record's timestamp (ms), used when no time is given
     * @return empty for a topic this stream does not carry or a value that is not a JSON object
     */
    public static Optional<LifecycleEvent> of(String topic, int partition, long offset, String key, String ceType,
                                              String ceTime, long timestamp, byte[] value) {
        String[] defaults = TOPICS.get(topic);
        if (defaults == null) {
            return Optional.empty();
        }
        String documentId = key;
        String title = null;
        String stage = null;
        String reason = null;
        String time = ceTime;
        Integer targets = null;
        Integer entities = null;
        if (value != null && value.length > 0) {
            try (JsonParser p = JSON.createParser(value)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return Optional.empty();
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken t = p.nextToken();
                    switch (field) {
                        case "documentId" -> documentId = t == JsonToken.VALUE_STRING ? p.getText() : documentId;
                        case "title" -> title = text(p, t);
                        case "stage" -> stage = text(p, t);
                        case "reason" -> reason = text(p, t);
                        case "receivedAt", "extractedAt", "failedAt" -> time = time == null ? text(p, t) : time;
                        case "targets" -> targets = count(p, t);
                        case "entities" -> entities = count(p, t);
                        default -> p.skipChildren();
                    }
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        if (time == null) {
            time = Instant.ofEpochMilli(timestamp).toString();
        }
        String type = ceType == null || ceType.isBlank() ? defaults[0] : ceType;
        return Optional.of(new LifecycleEvent(topic + "-" + partition + "-" + offset, type, documentId, time, defaults[1],
                title, targets, entities, stage, reason));
    }

    private static String text(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            p.skipChildren();
            return null;
        }
        String s = p.getText();
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "…" : s;
    }

    private static Integer count(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            p.skipChildren();
            n++;
        }
        return n;
    }
}
