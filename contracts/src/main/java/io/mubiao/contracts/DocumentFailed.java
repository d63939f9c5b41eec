package io.mubiao.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * {@code mubiao.document.failed.v1} on {@link Topics#DOCUMENTS_FAILED}: a document some stage could not
 * process, so that nothing is dropped silently.
 *
 * @param stage  where it failed: {@code decode}, {@code extract}, {@code publish}, …
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentFailed(
        String documentId,
        String stage,
        String reason,
        String service,
        String extractorVersion,
        Instant failedAt) {
}
