package io.mubiao.targets.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mubiao.targets.store.DocumentRecord;
import java.time.Instant;
import java.time.LocalDate;

/** A document as the API shows it: metadata, pipeline status and counts (not the text). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentView(
        String id,
        String title,
        String fileName,
        String source,
        LocalDate date,
        String genre,
        Integer charCount,
        Instant receivedAt,
        String status,
        String failureStage,
        String failureReason,
        String extractorVersion,
        Instant extractedAt,
        int targetCount,
        int entityCount) {

    public static DocumentView of(DocumentRecord d) {
        return new DocumentView(d.id, d.title, d.fileName, d.source, d.date, d.genre, d.charCount, d.receivedAt,
                d.status.name(), d.failureStage, d.failureReason, d.extractorVersion, d.extractedAt, d.targetCount,
                d.entityCount);
    }
}
