package io.mubiao.extract.messaging;

import io.mubiao.contracts.DocumentFailed;
import io.mubiao.contracts.DocumentIngested;
import io.mubiao.contracts.EventJson;
import io.mubiao.contracts.EventTypes;
import io.mubiao.extract.core.ExtractionResult;
import io.mubiao.extract.core.Extractor;
import io.mubiao.extract.core.SourceDocument;
import io.mubiao.messaging.Retry;
import io.mubiao.text.Section;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
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
 *
 * <p>Records are processed concurrently, up to {@code mubiao.extract.concurrency} at once (the worker pool
 * {@value #POOL}): extraction is CPU-bound and the {@link Extractor} is shared and thread-safe, so one consumer
 * uses every core. Unordered processing is safe: the commit strategy (throttled) commits an offset only when
 * every record before it in the partition was acknowledged, and two results for one document (a re-delivery, a
 * reprocess) are equal for one extractor version, while targets-service keeps the newer version's.
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

    @ConfigProperty(name = "mubiao.retry.initial-delay", defaultValue = "PT0.2S")
    java.time.Duration initialDelay;

    @ConfigProperty(name = "mubiao.retry.max-delay", defaultValue = "PT10S")
    java.time.Duration maxDelay;

    /** The worker pool of the consumer; its size is smallrye.messaging.worker.extraction.max-concurrency. */
    static final String POOL = "extraction";

    @Incoming("documents-ingested")
    @Blocking(value = POOL, ordered = false)
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
            // The parser's message names Java types and offsets: the log keeps it, the stored reason says what is wrong.
            LOG.errorf("unreadable documents.ingested record %s: %s", key, e.getMessage());
            return fail(message, key, "decode", "The documents.ingested record is not a valid event (it is not JSON "
                    + "of the documents.ingested schema, or lacks the document id or text); it cannot be extracted.");
        }
        ExtractionResult result;
        try {
            result = extractor.extract(source(doc));
        } catch (RuntimeException e) {
            LOG.errorf(e, "extraction failed for %s", doc.documentId());
            return fail(message, doc.documentId(), "extract", "The extractor failed on this document (an error in "
                    + "Mubiao, logged by extract-service); reprocess it after an upgrade.");
        }
        Message<String> out = EventMessages.of(EventTypes.DOCUMENT_EXTRACTED_V1, source, doc.documentId(),
                ExtractionEvents.toEvent(doc.documentId(), result));
        LOG.infof("extracted %s: %d targets, %d entities", doc.documentId(), result.targets().size(),
                result.entities().size());
        return sendThenAck(extracted, out, message);
    }

    /**
     * The core's input from the event: the sections and tables ingest found go with the text, so the core reads the
     * headings the suite shows (it finds them itself, with the same rules, in events of versions before sections)
     * and a plan's tables as tables (events without tables: their rows are read as running text).
     */
    static SourceDocument source(DocumentIngested doc) {
        List<Section> sections = doc.sections() == null ? List.of() : doc.sections().stream()
                .map(s -> new Section(s.level(), s.label(), s.heading(), s.start(), s.end())).toList();
        return new SourceDocument(doc.fileName() != null ? doc.fileName() : doc.documentId(), doc.text(), doc.date(),
                doc.genre(), IngestedTables.of(doc), sections);
    }

    private CompletionStage<Void> fail(Message<String> message, String documentId, String stage, String reason) {
        return sendThenAck(failed, failedEvent(documentId, stage, reason), message);
    }

    private Message<String> failedEvent(String documentId, String stage, String reason) {
        DocumentFailed event = new DocumentFailed(documentId, stage, reason, "extract-service", Extractor.VERSION,
                Instant.now());
        return EventMessages.of(EventTypes.DOCUMENT_FAILED_V1, source, documentId, event);
    }

    /**
     * Publishes, waits for the broker's acknowledgement, then acknowledges the incoming record. A transient
     * send failure (broker away, timeout) is retried with backoff for as long as it lasts, on this worker
     * thread, so records stay in order and none is acknowledged unpublished. A permanent one (the result is
     * too large, cannot be serialized) turns the document into a documents.failed record (stage publish).
     * Only when that also fails, or on shutdown, is the incoming record nacked (it comes again after a restart).
     */
    private CompletionStage<Void> sendThenAck(Emitter<String> emitter, Message<String> out, Message<String> in) {
        try {
            publish(emitter, out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return in.nack(e);
        } catch (Exception e) {
            String documentId = out.getMetadata(OutgoingKafkaRecordMetadata.class).map(m -> String.valueOf(m.getKey()))
                    .orElse("unknown");
            if (emitter == failed) {
                LOG.errorf(e, "could not publish documents.failed for %s", documentId);
                return in.nack(e);
            }
            LOG.errorf(e, "could not publish the result of %s", documentId);
            return sendThenAck(failed, failedEvent(documentId, "publish", "The extraction result could not be "
                    + "published (larger than the broker accepts, or not serializable); see the extract-service log."), in);
        }
        return in.ack();
    }

    private void publish(Emitter<String> emitter, Message<String> out) throws Exception {
        Retry.untilDone(() -> {
            java.util.concurrent.CompletableFuture<Void> sent = new java.util.concurrent.CompletableFuture<>();
            emitter.send(out.withAck(() -> {
                sent.complete(null);
                return java.util.concurrent.CompletableFuture.completedFuture(null);
            }).withNack(e -> {
                sent.completeExceptionally(e);
                return java.util.concurrent.CompletableFuture.completedFuture(null);
            }));
            try {
                return sent.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }, SendFailures::isTransient, new Retry.Backoff(initialDelay, maxDelay, 2.0), Retry.THREAD_SLEEP,
                (n, e) -> LOG.warnf("publish failed (retry %d): %s", n, e.getMessage()));
    }
}
