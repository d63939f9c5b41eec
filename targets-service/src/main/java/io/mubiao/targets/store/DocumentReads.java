package io.mubiao.targets.store;

import io.mubiao.targets.documents.SectionTree;
import io.mubiao.targets.query.DocumentFilter;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The reads of a document and what hangs on it: its sections and its entity mentions. */
@ApplicationScoped
public class DocumentReads {
    @Inject
    EntityManager em;

    /** An entity mention of a document, with its canonical entity. */
    public record Mention(String entityId, String text, String type, String canonical, int start, int end) {
    }

    /** The documents the filter selects, newest first. */
    public Selection<DocumentRecord> select(DocumentFilter filter) {
        Map.Entry<String, Map<String, Object>> query = filter.toQuery();
        return new Selection<>(DocumentRecord.find(query.getKey(), Sort.descending("receivedAt").and("id"), query.getValue()));
    }

    public Optional<DocumentRecord> byId(String id) {
        return DocumentRecord.findByIdOptional(id);
    }

    /** The documents with these ids, by id (unknown ids absent). */
    public Map<String, DocumentRecord> byIds(Collection<String> ids) {
        return DocumentRecord.<DocumentRecord>list("id in ?1", List.copyOf(ids)).stream()
                .collect(Collectors.toMap(d -> d.id, Function.identity()));
    }

    /** The headings of the document in document order. */
    @SuppressWarnings("unchecked")
    public List<SectionTree.Flat> sections(String documentId) {
        List<Object[]> rows = em.createNativeQuery("select level, label, heading, start_offset, end_offset "
                + "from document_sections where document_id = ?1 order by ordinal").setParameter(1, documentId).getResultList();
        return rows.stream().map(r -> new SectionTree.Flat(((Number) r[0]).intValue(), (String) r[1],
                (String) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).intValue())).toList();
    }

    /** The entity mentions of the document in document order. */
    @SuppressWarnings("unchecked")
    public List<Mention> mentions(String documentId) {
        List<Object[]> rows = em.createNativeQuery("select entity_id, text, type, canonical, start_offset, end_offset "
                + "from entity_mentions where document_id = ?1 order by start_offset, ordinal").setParameter(1, documentId)
                .getResultList();
        return rows.stream().map(r -> new Mention((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), ((Number) r[5]).intValue())).toList();
    }
}
