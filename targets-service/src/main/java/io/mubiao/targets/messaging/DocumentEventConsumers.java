package io.mubiao.targets.messaging;

import io.mubiao.contracts.DocumentExtracted;
import io.mubiao.contracts.DocumentFailed;
import io.mubiao.contracts.DocumentIngested;
import io.mubiao.contracts.EventJson;
import io.mubiao.targets.store.ReadModelWriter;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The three topics into the read model. Each record is applied in one transaction and acknowledged
 * (its offset committed) only after that transaction committed: at-least-once, made exactly-once in
 * effect by idempotent writes.
 */
@ApplicationScoped
public class DocumentEventConsumers {
    private static final Logger LOG = Logger.getLogger(DocumentEventConsumers.class);

    @Inject
    ReadModelWriter writer;

    @Incoming("ingested")
    @Blocking
    public void ingested(String json) {
        DocumentIngested e = read(json, DocumentIngested.class);
        if (e != null && e.documentId() != null) {
            writer.applyIngested(e);
        }
    }

    @Incoming("extracted")
    @Blocking
    public void extracted(String json) {
        DocumentExtracted e = read(json, DocumentExtracted.class);
        if (e != null && e.documentId() != null) {
            writer.applyExtracted(e);
            LOG.infof("stored %s: %d targets", e.documentId(), e.targets() == null ? 0 : e.targets().size());
        }
    }

    @Incoming("failed")
    @Blocking
    public void failed(String json) {
        DocumentFailed e = read(json, DocumentFailed.class);
        if (e != null && e.documentId() != null) {
            writer.applyFailed(e);
        }
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
}
