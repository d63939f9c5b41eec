package io.mubiao.targets.messaging;

import io.mubiao.contracts.DocumentExtracted;
import io.mubiao.contracts.DocumentFailed;
import io.mubiao.contracts.DocumentIngested;
import io.mubiao.contracts.EventJson;
import io.mubiao.targets.store.ReadModelWriter;
import io.mubiao.messaging.Retry;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The three topics into the read model. Each record is applied in one transaction and acknowledged
 * (its offset committed) only after that transaction committed: at-least-once, made exactly-once in
 * effect by idempotent writes.
 *
 * <p>Failures ({@link ApplyRetryPolicy}): a transient one (database restarting, unreachable, deadlock), and any
 * failure while the database does not answer, is retried in place with capped exponential backoff for as long
 * as it lasts, so the partition's order is kept and nothing is skipped; a permanent one (unreadable JSON, a
 * constraint or type violation) is logged with the document id, recorded on the document (FAILED, stage
 * {@code store}) and skipped, so one poison record cannot stop the channel. While the service stops, or
 * interrupted while waiting, the record is not acknowledged and comes again.
 */
@ApplicationScoped
public class DocumentEventConsumers {
    private static final Logger LOG = Logger.getLogger(DocumentEventConsumers.class);

    @Inject
    ReadModelWriter writer;

    @Inject
    AgroalDataSource dataSource;

    /** The worker pool of the extracted channel; its size is smallrye.messaging.worker.store.max-concurrency. */
    static final String STORE_POOL = "store";

    private volatile boolean stopping;

    @ConfigProperty(name = "mubiao.retry.initial-delay", defaultValue = "PT0.2S")
    Duration initialDelay;

    @ConfigProperty(name = "mubiao.retry.max-delay", defaultValue = "PT10S")
    Duration maxDelay;

    @Incoming("ingested")
    @Blocking
    public void ingested(String json) throws Exception {
        apply("documents.ingested", json, DocumentIngested.class, DocumentIngested::documentId, e -> null,
                writer::applyIngested);
    }

    /**
     * Extraction results are applied {@code mubiao.targets.store-concurrency} at a time, in any order: one at a time
     * this consumer was the stage documents queued in front of (docs/benchmarks.md). Order does not matter: results of
     * one document are serialized by the lock on its row, a stale one (older extractor, or earlier extractedAt) never
     * replaces a newer one nor, failing, marks the document failed, and rows shared between documents are written in
     * key order (no deadlock cycle).
     */
    @Incoming("extracted")
    @Blocking(value = STORE_POOL, ordered = false)
    public void extracted(String json) throws Exception {
        apply("documents.extracted", json, DocumentExtracted.class, DocumentExtracted::documentId,
                DocumentExtracted::extractedAt, e -> {
            writer.applyExtracted(e);
            LOG.infof("stored %s: %d targets", e.documentId(), e.targets() == null ? 0 : e.targets().size());
        });
    }

    @Incoming("failed")
    @Blocking
    public void failed(String json) throws Exception {
        apply("documents.failed", json, DocumentFailed.class, DocumentFailed::documentId, e -> null,
                writer::applyFailed);
    }

    /** @param extractedAt of an extraction result (null for the other events): an older result's failure is stale */
    private <T> void apply(String topic, String json, Class<T> type, Function<T, String> id,
                           Function<T, Instant> extractedAt, Consumer<T> write)
            throws Exception {
        T event = read(json, type);
        if (event == null || id.apply(event) == null) {
            return;
        }
        String documentId = id.apply(event);
        try {
            Retry.untilDone(() -> {
                write.accept(event);
                return null;
            }, new ApplyRetryPolicy(this::databaseAnswers, () -> stopping), new Retry.Backoff(initialDelay, maxDelay, 2.0),
                    Retry.THREAD_SLEEP,
                    (n, e) -> LOG.warnf("%s %s: failure (retry %d): %s", topic, documentId, n, rootMessage(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        } catch (Exception e) {
            if (stopping) {
                // Hibernate or the pool already closed under us: not the record's fault. Not acknowledged, it comes again.
                LOG.infof("%s %s: not applied, the service is stopping (%s)", topic, documentId, rootMessage(e));
                throw e;
            }
            LOG.errorf(e, "%s %s: permanent failure, record skipped", topic, documentId);
            markNotStored(topic, documentId, extractedAt.apply(event));
        }
    }

    /** A skipped record must not go unnoticed: the document shows FAILED (stage store) with the reason; reprocess retries it. */
    private void markNotStored(String topic, String documentId, Instant extractedAt) {
        try {
            // The reason is read by users: what happened and what to do; the exception is in the log (above).
            writer.markNotStored(documentId, extractedAt, topic + " could not be applied: the result could not be "
                    + "stored (logged by targets-service); reprocess the document to try again.");
        } catch (RuntimeException e) {
            LOG.errorf("%s %s: could not record the failure either: %s", topic, documentId, rootMessage(e));
        }
    }

    /** Whether the database answers a validity check now (a lost connection, a closed or exhausted pool: no). */
    boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** An unreadable record is logged and skipped: it can never be applied, and must not block the partition. */
    private static <T> T read(String json, Class<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (IOException e) {
            LOG.errorf("skipping unreadable %s record: %s", type.getSimpleName(), e.getMessage());
            return null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
