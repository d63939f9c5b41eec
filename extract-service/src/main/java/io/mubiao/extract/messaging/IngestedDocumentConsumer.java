package io.mubiao.extract.messaging;

import io.mubiao.contracts.DocumentFailed;
import io.mubiao.contracts.DocumentIngested;
import io.mubiao.contracts.EventJson;
import io.mubiao.contracts.EventTypes;
import io.mubiao.extract.core.ExtractionResult;
import io.mubiao.extract.core.Extractor;
import io.mubiao.extract.core.SourceDocument;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * documents.ingested → extraction → documents.extracted (or documents.failed). The incoming record is
 * acknowledged only after the outgoing one is, so a crash re-delivers rather than loses; the output for
 * a document is deterministic, so a re-delivery is harmless downstream.
 */
@ApplicationScoped
public class IngestedDocumentConsumer {
    private static final Logger LOG = Logger.getLogger(IngestedDocumentConsumer.class);

    /** Built once at start-up with the configured theme taxonomy (io.mubiao.extract.service.ExtractorProducer). */
    @Inject
    Extractor extractor;

    @Inject
    @Channel("documents-extracted")
    Emitter<String> extracted;

    @Inject
    @Channel("documents-failed")
    Emitter<String> failed;

    @ConfigProperty(name = "mubiao.event-source", defaultValue = "/mubiao/extract-service")
    String source;

    @Incoming("documents-ingested")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        String key = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> String.valueOf(m.getKey())).orElse("unknown");
        DocumentIngested doc;
        try {
            doc = EventJson.mapper().readValue(message.getPayload(), DocumentIngested.class);
            if (doc.documentId() == null || doc.text() == null) {
                throw new IllegalArgumentException("documentId and text are required");
            }
        } catch (Exception e) {
            return fail(message, key, "decode", "unreadable documents.ingested record: " + e.getMessage());
        }
        ExtractionResult result;
        try {
            result = extractor.extract(new SourceDocument(doc.fileName() != null ? doc.fileName() : doc.documentId(),
                    doc.text(), doc.date()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "extraction failed for %s", doc.documentId());
            return fail(message, doc.documentId(), "extract", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Message<String> out = EventMessages.of(EventTypes.DOCUMENT_EXTRACTED_V1, source, doc.documentId(),
                ExtractionEvents.toEvent(doc.documentId(), result));
        LOG.infof("extracted %s: %d targets, %d entities", doc.documentId(), result.targets().size(),
                result.entities().size());
        return sendThenAck(extracted, out, message);
    }

    private CompletionStage<Void> fail(Message<String> message, String documentId, String stage, String reason) {
        DocumentFailed event = new DocumentFailed(documentId, stage, reason, "extract-service", Extractor.VERSION,
                Instant.now());
        return sendThenAck(failed, EventMessages.of(EventTypes.DOCUMENT_FAILED_V1, source, documentId, event), message);
    }

    private static CompletionStage<Void> sendThenAck(Emitter<String> emitter, Message<String> out, Message<String> in) {
        java.util.concurrent.CompletableFuture<Void> sent = new java.util.concurrent.CompletableFuture<>();
        emitter.send(out.withAck(() -> {
            sent.complete(null);
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }).withNack(e -> {
            sent.completeExceptionally(e);
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }));
        return sent.thenCompose(v -> in.ack()).exceptionallyCompose(e -> in.nack(e));
    }
}
