package io.mubiao.targets.store;

import io.mubiao.contracts.DocumentExtracted;
import io.mubiao.contracts.DocumentFailed;
import io.mubiao.contracts.DocumentIngested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Applies events to the read model. Every method is idempotent: applying the same event twice leaves
 * the same rows, and an extraction result replaces the whole previous result of its document.
 */
@ApplicationScoped
public class ReadModelWriter {

    @Transactional
    public void applyIngested(DocumentIngested e) {
        DocumentRecord d = DocumentRecord.findById(e.documentId());
        boolean isNew = d == null;
        if (isNew) {
            d = new DocumentRecord();
            d.id = e.documentId();
            d.status = DocumentStatus.RECEIVED;
        }
        d.title = e.title();
        d.fileName = e.fileName();
        d.source = e.source();
        d.contentType = e.contentType();
        d.sizeBytes = e.sizeBytes();
        d.text = e.text();
        d.charCount = e.text() == null ? null : e.text().length();
        d.date = e.date();
        d.genre = e.genre();
        d.receivedAt = e.receivedAt();
        d.updatedAt = Instant.now();
        if (isNew) {
            d.persist();
        }
    }

    @Transactional
    public void applyExtracted(DocumentExtracted e) {
        // documents.extracted can overtake documents.ingested (two topics): metadata follows later.
        DocumentRecord d = findOrCreate(e.documentId());
        TargetRecord.delete("documentId", e.documentId());
        EntityMentionRecord.delete("documentId", e.documentId());
        List<DocumentExtracted.ExtractedTarget> targets = e.targets() == null ? List.of() : e.targets();
        List<DocumentExtracted.ExtractedEntity> entities = e.entities() == null ? List.of() : e.entities();
        int i = 0;
        for (DocumentExtracted.ExtractedTarget t : targets) {
            TargetRecord r = new TargetRecord();
            r.documentId = e.documentId();
            r.ordinal = i++;
            r.indicator = t.indicator() == null ? "" : t.indicator();
            r.subject = t.subject();
            r.kind = t.kind();
            r.measure = t.measure();
            r.value = t.value();
            r.valueMax = t.valueMax();
            r.unit = t.unit() == null ? "" : t.unit();
            r.comparator = t.comparator();
            r.year = t.year();
            YearSpan span = YearSpan.parse(t.year());
            r.yearFrom = span.from();
            r.yearTo = span.to();
            r.normalizedValue = t.normalizedValue();
            r.baseUnit = t.baseUnit();
            r.theme = t.theme();
            r.quote = t.quote();
            r.sentence = t.sentence();
            r.start = t.start();
            r.end = t.end();
            r.section = t.section() == null || t.section().isEmpty() ? null : String.join(" › ", t.section());
            r.persist();
        }
        int j = 0;
        for (DocumentExtracted.ExtractedEntity m : entities) {
            EntityMentionRecord r = new EntityMentionRecord();
            r.documentId = e.documentId();
            r.ordinal = j++;
            r.text = m.text();
            r.type = m.type();
            r.canonical = m.canonical() == null ? m.text() : m.canonical();
            r.start = m.start();
            r.end = m.end();
            r.persist();
        }
        d.status = DocumentStatus.EXTRACTED;
        d.failureStage = null;
        d.failureReason = null;
        d.extractorVersion = e.extractorVersion();
        d.extractedAt = e.extractedAt();
        d.targetCount = targets.size();
        d.entityCount = entities.size();
        d.updatedAt = Instant.now();
    }

    @Transactional
    public void applyFailed(DocumentFailed e) {
        DocumentRecord d = findOrCreate(e.documentId());
        d.status = DocumentStatus.FAILED;
        d.failureStage = e.stage();
        d.failureReason = e.reason();
        d.updatedAt = Instant.now();
    }

    private static DocumentRecord findOrCreate(String id) {
        DocumentRecord d = DocumentRecord.findById(id);
        if (d == null) {
            d = new DocumentRecord();
            d.id = id;
            d.status = DocumentStatus.RECEIVED;
            d.updatedAt = Instant.now();
            d.persist();
        }
        return d;
    }
}
