package io.mubiao.ingest.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import io.mubiao.contracts.vocabulary.RegionLevel;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.mubiao.ingest.store.StoredDocument;
import io.mubiao.web.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an upload answers: the document's id and what was read from it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Upload")
public record UploadAnswer(
        @Schema(description = "Document id (the first 16 hex digits of the SHA-256 of the bytes)") String id,
        String sha256,
        @Schema(description = "Given, else found in the document") String title,
        @Schema(description = "The media type the document was read as, with its charset for text") String contentType,
        long sizeBytes,
        @Schema(description = "Length of the normalized text") int charCount,
        @Schema(description = "2023-01-11, 2023-01 or 2023") String date,
        String genre,
        String issuer,
        @Schema(description = "The area it speaks for: 全国, a province (天津市), a city or district") String region,
        @Schema(type = SchemaType.STRING, implementation = RegionLevel.class) String regionLevel,
        @Schema(description = "False when these bytes were uploaded before: the existing document") boolean created,
        @Schema(description = "ISO-8601 instant") String receivedAt) {

    static UploadAnswer of(StoredDocument d, boolean created) {
        return new UploadAnswer(d.id, d.sha256, d.title, d.contentType, d.sizeBytes, d.text.length(),
                d.date == null ? null : d.date.toString(), d.genre, d.issuer, d.region, d.regionLevel, created, d.receivedAt.toString());
    }

    /** One file of a multipart upload: its own status, and the upload's fields or the problem that refused it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "UploadFileResult")
    public record FileResult(String fileName, @Schema(description = "202, 200 or the refusal's 4xx") int status,
                             String id, String sha256, String title, String contentType, Long sizeBytes,
                             Integer charCount, String date, String genre, String issuer, String region,
                             String regionLevel, Boolean created,
                             String receivedAt, Problem problem) {
        static FileResult accepted(String fileName, UploadAnswer a) {
            return new FileResult(fileName, a.created() ? 202 : 200, a.id(), a.sha256(), a.title(), a.contentType(),
                    a.sizeBytes(), a.charCount(), a.date(), a.genre(), a.issuer(), a.region(), a.regionLevel(), a.created(), a.receivedAt(), null);
        }

        static FileResult refused(String fileName, Problem problem) {
            return new FileResult(fileName, problem.status(), null, null, null, null, null, null, null, null, null, null,
                    null, null, null, problem);
        }
    }

    /** The answer of a reprocess request. */
    @Schema(name = "Reprocessing")
    public record Reprocess(String id, @Schema(enumeration = "REPROCESSING") String status) {
    }
}
