package io.mubiao.ingest.messaging;

import io.mubiao.contracts.CloudEventHeaders;
import io.mubiao.contracts.DocumentIngested;
import io.mubiao.contracts.EventJson;
import io.mubiao.contracts.EventTypes;
import io.mubiao.ingest.store.StoredDocument;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes {@code mubiao.document.ingested.v1}, keyed by document id, CloudEvents attributes in headers. */
@ApplicationScoped
public class IngestedEventPublisher {
    @Inject
    @Channel("documents-ingested")
    Emitter<String> emitter;

    @ConfigProperty(name = "mubiao.event-source", defaultValue = "/mubiao/ingest-service")
    String source;

    /** Completes when the broker acknowledged the record. */
    public CompletionStage<Void> publish(StoredDocument doc) {
        String json;
        try {
            json = EventJson.mapper().writeValueAsString(event(doc));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return CompletableFuture.failedFuture(e);
        }
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.forNewEvent(EventTypes.DOCUMENT_INGESTED_V1, source, doc.id)
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Message<String> message = Message.of(json)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(doc.id).withHeaders(headers).build())
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(e -> {
                    acked.completeExceptionally(e);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            acked.completeExceptionally(e);
        }
        return acked;
    }

    /** The event of a stored document: the same every time it is published. */
    static DocumentIngested event(StoredDocument doc) throws com.fasterxml.jackson.core.JsonProcessingException {
        ObjectMapper m = EventJson.mapper();
        List<DocumentIngested.Section> sections = doc.sections == null ? null
                : m.readValue(doc.sections, new TypeReference<List<DocumentIngested.Section>>() { });
        List<DocumentIngested.Removed> removed = doc.removed == null ? null
                : m.readValue(doc.removed, new TypeReference<List<DocumentIngested.Removed>>() { });
        Map<String, String> sources = doc.metadataSources == null ? null
                : m.readValue(doc.metadataSources, new TypeReference<Map<String, String>>() { });
        List<DocumentIngested.Table> tables = doc.tables == null ? null
                : m.readValue(doc.tables, new TypeReference<List<DocumentIngested.Table>>() { });
        return new DocumentIngested(doc.id, doc.fileName, doc.title, doc.source, doc.contentType, doc.sha256, doc.sizeBytes,
                doc.date, doc.genre, doc.text, doc.receivedAt, doc.issuer, sections, removed, sources,
                doc.region, doc.regionLevel, tables);
    }
}
