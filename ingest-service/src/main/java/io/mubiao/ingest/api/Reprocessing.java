package io.mubiao.ingest.api;

import io.mubiao.ingest.store.StoredDocument;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/** A stored document's event goes out again: marked unpublished, the outbox relay sends it at its next run. */
@ApplicationScoped
public class Reprocessing {
    /** False when no document has this id. */
    public boolean markUnpublished(String id) {
        return QuarkusTransaction.requiringNew().call(() ->
                StoredDocument.update("publishedAt = null where id = ?1", id)) > 0;
    }
}
