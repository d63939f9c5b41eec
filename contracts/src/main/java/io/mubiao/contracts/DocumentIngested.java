package io.mubiao.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code mubiao.document.ingested.v1} on {@link Topics#DOCUMENTS_INGESTED}: a document accepted by
 * ingest-service, with its normalized text and metadata.
 *
 * @param documentId  {@code sha256:} prefix-free hex id derived from the original bytes
 * @param text        normalized text (Unicode NFC, unified line breaks); offsets of targets refer to it
 * @param date        the document's own date (delivery or publication) when known; resolves relative years
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentIngested(
        String documentId,
        String fileName,
        String title,
        String source,
        String contentType,
        String sha256,
        long sizeBytes,
        LocalDate date,
        String genre,
        String text,
        Instant receivedAt) {
}
