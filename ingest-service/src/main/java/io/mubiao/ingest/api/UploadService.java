package io.mubiao.ingest.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mubiao.contracts.DocumentIngested;
import io.mubiao.contracts.EventJson;
import io.mubiao.documents.DocumentReader;
import io.mubiao.documents.ReadDocument;
import io.mubiao.documents.UploadFields;
import io.mubiao.documents.UploadLimits;
import io.mubiao.ingest.domain.DocumentIds;
import io.mubiao.ingest.domain.EventTables;
import io.mubiao.ingest.messaging.UnpublishedRelay;
import io.mubiao.ingest.store.StoredDocument;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accepts an upload: check the fields and the size, read the document (document-formats: any format, boilerplate,
 * metadata, sections), store it durably, then publish (the relay retries a publication that fails). A document
 * that cannot be read is refused before anything is stored.
 */
@ApplicationScoped
public class UploadService {
    @Inject
    UnpublishedRelay relay;

    @ConfigProperty(name = "mubiao.ingest.max-bytes", defaultValue = "20971520")
    long maxBytes;

    /** mubiao.ingest.max-bytes: the largest document accepted. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The limits every upload is checked against (the preview of extract-service checks the same). */
    public UploadLimits limits() {
        return new UploadLimits(maxBytes, "mubiao.ingest.max-bytes");
    }

    public record Accepted(StoredDocument document, boolean created) {
    }

    public Accepted upload(byte[] body, String contentType, UploadFields fields) {
        limits().check(body, fields);
        ReadDocument read = DocumentReader.read(body, contentType, fields);

        String sha = DocumentIds.sha256(body);
        String id = DocumentIds.idOf(sha);
        StoredDocument doc = new StoredDocument();
        doc.id = id;
        doc.sha256 = sha;
        doc.title = read.title();
        doc.source = blankToNull(fields.source());
        doc.fileName = blankToNull(fields.fileName());
        doc.contentType = read.contentType();
        doc.sizeBytes = body.length;
        doc.original = body;
        doc.text = read.text();
        doc.date = read.date();
        doc.genre = read.genre();
        doc.issuer = read.issuer();
        if (read.region() != null) {
            doc.region = read.region().name();
            doc.regionLevel = read.region().level().code();
        }
        doc.sections = json(read.sections().stream()
                .map(s -> new DocumentIngested.Section(s.level(), s.label(), s.heading(), s.start(), s.end())).toList());
        doc.removed = json(read.removed().stream()
                .map(r -> new DocumentIngested.Removed(r.at(), r.text(), r.reason())).toList());
        doc.metadataSources = json(read.metadataSources());
        List<DocumentIngested.Table> tables = EventTables.of(read.tables());
        doc.tables = tables == null ? null : json(tables);
        // PostgreSQL keeps microseconds: the first event and every republication carry the same instant
        doc.receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        StoredDocument stored;
        try {
            // One transaction: the same bytes uploaded before are that document; otherwise this one is stored.
            stored = QuarkusTransaction.requiringNew().call(() -> {
                StoredDocument existing = StoredDocument.findById(id);
                if (existing != null) {
                    return existing;
                }
                doc.persist();
                return doc;
            });
        } catch (PersistenceException e) {
            // A concurrent upload of the same bytes won the insert: same document.
            StoredDocument winner = QuarkusTransaction.requiringNew().call(() -> StoredDocument.findById(id));
            if (winner != null) {
                return new Accepted(winner, false);
            }
            throw e;
        }
        if (stored != doc) {
            return new Accepted(stored, false);
        }
        relay.publishAndMark(doc);
        return new Accepted(doc, true);
    }

    private static String json(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of the contract always serialize", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
