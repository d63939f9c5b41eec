package io.mubiao.ingest.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The one home of the {@code documents} table's writes (and the reads they depend on): upload, the outbox relay
 * and reprocessing all go through here. Every method runs in a transaction of its own, declared once, here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DocumentStore {
    /**
     * The document stored under {@code doc.id}: the one already there (the same bytes uploaded before), else
     * {@code doc}, inserted now. Flushed inside, so a concurrent insert of the same id fails here with a
     * {@link jakarta.persistence.PersistenceException} (the caller then reads the winner with {@link #find}).
     */
    public StoredDocument insertIfAbsent(StoredDocument doc) {
        StoredDocument existing = StoredDocument.findById(doc.id);
        if (existing != null) {
            return existing;
        }
        doc.persistAndFlush();
        return doc;
    }

    /** The stored document, or null. */
    public StoredDocument find(String id) {
        return StoredDocument.findById(id);
    }

    /** The oldest documents whose event was not acknowledged yet, at most {@code limit}. */
    public List<StoredDocument> unpublished(int limit) {
        return StoredDocument.find("publishedAt is null order by receivedAt").page(0, limit).list();
    }

    /** documents.ingested acknowledged this document's event. */
    public void markPublished(String id, Instant at) {
        StoredDocument.update("publishedAt = ?1 where id = ?2", at, id);
    }

    /** Its event goes out again at the relay's next run; false when no document has this id. */
    public boolean markUnpublished(String id) {
        return StoredDocument.update("publishedAt = null where id = ?1", id) > 0;
    }
}
