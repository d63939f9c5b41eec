package io.mubiao.targets.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mubiao.contracts.DocumentExtracted;
import io.mubiao.contracts.DocumentFailed;
import io.mubiao.contracts.DocumentIngested;
import io.mubiao.contracts.EventJson;
import io.mubiao.targets.entities.EntityIds;
import io.mubiao.targets.entities.TargetEntityLinks;
import io.mubiao.targets.indicators.IndicatorSynonyms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.Session;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Applies events to the read model. Every method is idempotent: applying the same event twice leaves the same
 * rows. An extraction result replaces the whole previous result of its document in one transaction, unless it
 * comes from an older extractor than the result held ({@link ExtractorVersions}): a stale result never
 * overwrites a newer one, an equal or newer one does.
 */
@ApplicationScoped
public class ReadModelWriter {
    private static final Logger LOG = Logger.getLogger(ReadModelWriter.class);

    @Inject
    EntityManager em;

    @Inject
    IndicatorSynonyms synonyms;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** 50,000 entities and as many aliases: a few MB of heap, more than a year of work reports name. */
    private final KnownEntities known = new KnownEntities(50_000);

    @Transactional
    public void applyIngested(DocumentIngested e) {
        DocumentRecord d = findOrCreate(e.documentId());
        d.title = e.title();
        d.fileName = e.fileName();
        d.source = e.source();
        d.contentType = e.contentType();
        d.sizeBytes = e.sizeBytes();
        d.text = e.text();
        d.charCount = e.text() == null ? null : e.text().length();
        d.date = e.date();
        d.genre = e.genre();
        d.issuer = e.issuer();
        d.region = e.region();
        d.regionLevel = e.region() == null ? null : e.regionLevel();
        d.metadataSources = json(e.metadataSources());
        d.receivedAt = e.receivedAt();
        d.updatedAt = Instant.now();
        em.flush(); // the document row first, on the same connection
        em.unwrap(Session.class).doWork(connection -> {
            IngestedRows.replaceSections(connection, e.documentId(), e.sections());
            IngestedRows.replaceRemoved(connection, e.documentId(), e.removed());
        });
    }

    @Transactional
    public void applyExtracted(DocumentExtracted e) {
        // documents.extracted can overtake documents.ingested (two topics): metadata follows later.
        DocumentRecord d = findOrCreate(e.documentId());
        if (d.extractorVersion != null && ExtractorVersions.compare(e.extractorVersion(), d.extractorVersion) < 0) {
            LOG.infof("ignoring the result of extractor %s for %s: the one held is from the newer %s",
                    e.extractorVersion(), e.documentId(), d.extractorVersion);
            return;
        }
        // Results are stored concurrently, so an older result of the same extractor can come second: it is stale.
        if (d.status == DocumentStatus.EXTRACTED && d.extractorVersion != null
                && ExtractorVersions.compare(e.extractorVersion(), d.extractorVersion) == 0
                && isBefore(e.extractedAt(), d.extractedAt)) {
            LOG.infof("ignoring a result of %s extracted at %s: the one held was extracted later, at %s",
                    e.documentId(), e.extractedAt(), d.extractedAt);
            return;
        }
        TargetRecord.delete("documentId", e.documentId()); // target_entities go with them (on delete cascade)
        EntityMentionRecord.delete("documentId", e.documentId());
        List<DocumentExtracted.ExtractedTarget> targets = e.targets() == null ? List.of() : e.targets();
        List<DocumentExtracted.ExtractedEntity> entities = e.entities() == null ? List.of() : e.entities();

        List<TargetEntityLinks.Mention> mentions = new ArrayList<>();
        Map<String, ExtractionRows.Entity> entityRows = new LinkedHashMap<>();
        Set<List<String>> aliases = new LinkedHashSet<>();
        List<ExtractionRows.Mention> mentionRows = new ArrayList<>();
        int j = 0;
        for (DocumentExtracted.ExtractedEntity m : entities) {
            if (m == null || m.text() == null || m.type() == null) {
                continue;
            }
            String type = EntityIds.normalizeType(m.type());
            String canonical = EntityIds.normalizeName(m.canonical() == null || m.canonical().isBlank() ? m.text() : m.canonical());
            String entityId = entityRows.computeIfAbsent(type + "\n" + canonical,
                    k -> new ExtractionRows.Entity(EntityIds.of(type, canonical), type, canonical)).id();
            aliases.add(List.of(entityId, canonical));
            aliases.add(List.of(entityId, m.text()));
            mentionRows.add(new ExtractionRows.Mention(j++, entityId, m.text(), type, canonical, m.start(), m.end()));
            mentions.add(new TargetEntityLinks.Mention(entityId, m.start(), m.end()));
        }
        List<ExtractionRows.Target> targetRows = new ArrayList<>();
        int i = 0;
        for (DocumentExtracted.ExtractedTarget t : targets) {
            if (t == null) {
                continue;
            }
            String indicator = t.indicator() == null ? "" : t.indicator();
            YearSpan span = YearSpan.parse(t.year());
            int[] range = TargetEntityLinks.range(t.start(), t.end(), t.sentenceStart(), t.sentenceEnd());
            targetRows.add(new ExtractionRows.Target(i++, indicator, synonyms.key(indicator), t.subject(), t.kind(),
                    t.measure(), t.value(), t.valueMax(), t.unit() == null ? "" : t.unit(), t.comparator(), t.year(),
                    span.from(), span.to(), t.normalizedValue(), t.baseUnit(), t.theme(), t.quote(), t.sentence(),
                    t.start(), t.end(), t.sentenceStart(), t.sentenceEnd(), e.extractorVersion(),
                    t.section() == null || t.section().isEmpty() ? null : String.join(" › ", t.section()),
                    List.copyOf(TargetEntityLinks.entitiesWithin(range, mentions)), t.attribute(), t.table()));
        }
        // Entities and aliases already committed are not sent again; the new ones are remembered once committed.
        Map<String, ExtractionRows.Entity> newEntities = known.unknownEntities(entityRows);
        Set<List<String>> newAliases = known.unknownAliases(aliases);
        em.flush(); // the document row and the deletes go first, on the same connection
        em.unwrap(Session.class).doWork(connection ->
                ExtractionRows.insert(connection, e.documentId(), newEntities, newAliases, mentionRows, targetRows));
        rememberOnCommit(newEntities.values().stream().map(ExtractionRows.Entity::id).toList(), newAliases);
        d.status = DocumentStatus.EXTRACTED;
        d.failureStage = null;
        d.failureReason = null;
        d.extractorVersion = e.extractorVersion();
        d.extractedAt = e.extractedAt();
        d.targetCount = i;
        d.entityCount = j;
        d.updatedAt = Instant.now();
    }

    /**
     * Marks the document failed, keeping the result it holds. A failure reported by an older extractor than the
     * one whose result is held is stale and ignored.
     */
    @Transactional
    public void applyFailed(DocumentFailed e) {
        DocumentRecord d = findOrCreate(e.documentId());
        if (d.status == DocumentStatus.EXTRACTED && e.extractorVersion() != null && d.extractorVersion != null
                && ExtractorVersions.compare(e.extractorVersion(), d.extractorVersion) < 0) {
            LOG.infof("ignoring a failure of extractor %s for %s: a result of the newer %s is held",
                    e.extractorVersion(), e.documentId(), d.extractorVersion);
            return;
        }
        d.status = DocumentStatus.FAILED;
        d.failureStage = e.stage();
        d.failureReason = e.reason();
        d.updatedAt = Instant.now();
    }

    /**
     * Records that an event for the document could not be applied and was skipped (a permanent failure): the
     * document shows FAILED, stage {@code store}, with the reason, and keeps whatever result it holds. The failure
     * of an extraction result older than the result held ({@code extractedAt} earlier; results are stored
     * concurrently, so the newer one can have been stored first) is stale: the document keeps its status.
     *
     * @param extractedAt of the failed extraction result, or null for any other event
     */
    @Transactional
    public void markNotStored(String documentId, Instant extractedAt, String reason) {
        DocumentRecord d = findOrCreate(documentId);
        if (d.status == DocumentStatus.EXTRACTED && isBefore(extractedAt, d.extractedAt)) {
            LOG.infof("%s: a result extracted at %s could not be stored, the one held (extracted at %s) stays: %s",
                    documentId, extractedAt, d.extractedAt, reason);
            return;
        }
        d.status = DocumentStatus.FAILED;
        d.failureStage = "store";
        d.failureReason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        d.updatedAt = Instant.now();
    }

    /**
     * The document's row, created when missing, locked until the transaction ends. The three topics are consumed
     * concurrently: the insert tolerates a concurrent one, and the lock keeps one event's update from overwriting
     * another's (ingested metadata vs. extraction status).
     */
    private DocumentRecord findOrCreate(String id) {
        em.createNativeQuery("insert into documents (id, status, target_count, entity_count, updated_at) "
                + "values (?1, 'RECEIVED', 0, 0, now()) on conflict do nothing").setParameter(1, id).executeUpdate();
        return DocumentRecord.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private void rememberOnCommit(List<String> entityIds, Set<List<String>> entityAliases) {
        if (entityIds.isEmpty() && entityAliases.isEmpty()) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    known.remember(entityIds, entityAliases);
                }
            }
        });
    }

    private static boolean isBefore(Instant a, Instant b) {
        return a != null && b != null && a.isBefore(b);
    }

    private static String json(Map<String, String> map) {
        if (map == null || map.isEmpty()) {
            return null;
        }
        try {
            return EventJson.mapper().writeValueAsString(map);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a map of strings is always JSON", ex);
        }
    }
}
