package io.mubiao.ingest.messaging;

import io.mubiao.ingest.store.DocumentStore;
import io.mubiao.ingest.store.StoredDocument;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The outbox relay: an accepted document is in the database before the client hears 2xx; if its event
 * could not be published then (broker down), this publishes it later. Consumers are idempotent, so a
 * second publication of the same document is harmless.
 */
@ApplicationScoped
public class UnpublishedRelay {
    private static final Logger LOG = Logger.getLogger(UnpublishedRelay.class);

    @Inject
    IngestedEventPublisher publisher;

    @Inject
    DocumentStore store;

    @Scheduled(every = "${mubiao.ingest.relay-interval:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        List<StoredDocument> pending = store.unpublished(100);
        for (StoredDocument doc : pending) {
            if (!publishAndMark(doc)) {
                return; // the broker is still away; try again at the next tick
            }
        }
    }

    /** Publishes and records the publication; false when the broker did not acknowledge in time. */
    public boolean publishAndMark(StoredDocument doc) {
        try {
            publisher.publish(doc).toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.warnf("document %s not yet published: %s", doc.id, e.getMessage());
            return false;
        }
        store.markPublished(doc.id, Instant.now());
        return true;
    }
}
