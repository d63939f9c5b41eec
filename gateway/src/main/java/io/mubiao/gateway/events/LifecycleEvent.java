package io.mubiao.gateway.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One document lifecycle event as GET /api/v1/events sends it: the SSE event name is {@code type}, the SSE id is
 * {@code <topic>-<partition>-<offset>}, the data is this record as JSON. Never the document's text.
 *
 * @param status INGESTED, EXTRACTED or FAILED
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LifecycleEvent(
        @JsonIgnore String id,
        String type,
        String documentId,
        String time,
        String status,
        String title,
        Integer targetCount,
        Integer entityCount,
        String stage,
        String reason) {
}
