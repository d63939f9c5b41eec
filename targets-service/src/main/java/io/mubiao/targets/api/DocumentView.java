package io.mubiao.targets.api;

import io.mubiao.contracts.vocabulary.DocumentStatus;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import io.mubiao.contracts.vocabulary.RegionLevel;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import io.mubiao.contracts.EventJson;
import io.mubiao.targets.store.DocumentRecord;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document as the API shows it: metadata, pipeline status and counts (not the text). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Document")
public record DocumentView(
        String id,
        String title,
        String fileName,
        String source,
        @Schema(description = "The format as read: text/plain; charset=GB18030, text/html, application/pdf, …") String contentType,
        LocalDate date,
        @Schema(description = "政府工作报告, 规划, 行动方案, 新闻发布会, 通知 …") String genre,
        @Schema(description = "Issuing body or speaker") String issuer,
        @Schema(description = "The area the document speaks for: 全国, a province by its full name (天津市), a city or district") String region,
        @Schema(type = SchemaType.STRING, implementation = RegionLevel.class) String regionLevel,
        @Schema(description = "Where each metadata field came from: upload, file-name, html-title, url or text:START-END")
        Map<String, String> metadataSources,
        @Schema(description = "Length of the normalized text") Integer charCount,
        Instant receivedAt,
        @Schema(type = SchemaType.STRING, implementation = DocumentStatus.class) String status,
        String failureStage,
        String failureReason,
        String extractorVersion,
        Instant extractedAt,
        int targetCount,
        int entityCount) {

    public static DocumentView of(DocumentRecord d) {
        return new DocumentView(d.id, d.title, d.fileName, d.source, d.contentType, d.date, d.genre, d.issuer, d.region, d.regionLevel,
                sources(d.metadataSources),
                d.charCount, d.receivedAt, d.status.wire(), d.failureStage, d.failureReason, d.extractorVersion,
                d.extractedAt, d.targetCount, d.entityCount);
    }

    private static Map<String, String> sources(String json) {
        if (json == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            return null;
        }
    }
}
