package io.mubiao.targets.store;

import io.mubiao.targets.entities.EntityIds;
import io.mubiao.targets.query.Checks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reads of canonical entities: lists with counts, one entity with its mentions, name lookup, a target's entities. */
@ApplicationScoped
public class EntityReads {
    @Inject
    EntityManager em;

    /** An entity with every name seen for it and how often it is mentioned, in how many documents. */
    public record Summary(String id, String type, String canonical, List<String> aliases, long mentionCount,
                          long documentCount) {
    }

    /** A mention of an entity in a document. */
    public record Mention(String document, String title, String text, int start, int end) {
    }

    /** One entity, its aliases and its mentions, most recently received document first. */
    public record Detail(String id, String type, String canonical, List<String> aliases, List<Mention> mentions) {
    }

    /** An entity of a target's sentence, with the text of its first mention in the target's document. */
    public record Linked(String id, String text, String type, String canonical) {
    }

    /**
     * Entities mentioned somewhere, most mentioned first; each filter may be null.
     *
     * @param text a substring of the canonical name or of any alias
     */
    @SuppressWarnings("unchecked")
    public RowPage<Summary> list(String type, String text, String document, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (type != null) {
            where.add("e.type = :type");
            params.put("type", type);
        }
        if (text != null) {
            where.add("exists (select 1 from entity_aliases a where a.entity_id = e.id and a.alias like :q)");
            params.put("q", "%" + Checks.escapeLike(text) + "%");
        }
        if (document != null) {
            where.add("exists (select 1 from entity_mentions d where d.entity_id = e.id and d.document_id = :document)");
            params.put("document", document);
        }
        String sql = "select e.id, e.type, e.canonical, count(m.id) as mentions, count(distinct m.document_id) as docs, "
                + "count(*) over () as total from entities e join entity_mentions m on m.entity_id = e.id"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " group by e.id, e.type, e.canonical order by mentions desc, e.canonical, e.id"
                + " limit :limit offset :offset";
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        query.setParameter("limit", size).setParameter("offset", (long) page * size);
        List<Object[]> rows = query.getResultList();
        long total = rows.isEmpty() ? count(where, params) : ((Number) rows.get(0)[5]).longValue();
        Map<String, List<String>> aliases = aliases(rows.stream().map(r -> (String) r[0]).toList());
        return new RowPage<>(rows.stream().map(r -> new Summary((String) r[0], (String) r[1], (String) r[2],
                aliases.getOrDefault((String) r[0], List.of()), ((Number) r[3]).longValue(), ((Number) r[4]).longValue()))
                .toList(), total);
    }

    /** The total when the page is past the end (the window count is then not available). */
    private long count(List<String> where, Map<String, Object> params) {
        Query query = em.createNativeQuery("select count(*) from entities e where exists (select 1 from entity_mentions m "
                + "where m.entity_id = e.id)" + (where.isEmpty() ? "" : " and " + String.join(" and ", where)));
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<String>> aliases(List<String> ids) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createNativeQuery("select entity_id, alias from entity_aliases where entity_id in (:ids) "
                + "order by entity_id, length(alias) desc, alias").setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return out;
    }

    /** The entity, if it is mentioned anywhere. */
    @SuppressWarnings("unchecked")
    public Optional<Detail> detail(String id) {
        List<Object[]> entity = em.createNativeQuery("select id, type, canonical from entities where id = ?1")
                .setParameter(1, id).getResultList();
        List<Object[]> mentions = entity.isEmpty() ? List.of() : em.createNativeQuery("""
                select m.document_id, d.title, m.text, m.start_offset, m.end_offset
                from entity_mentions m join documents d on d.id = m.document_id
                where m.entity_id = ?1 order by d.received_at desc, m.document_id, m.start_offset""")
                .setParameter(1, id).getResultList();
        if (mentions.isEmpty()) {
            return Optional.empty();
        }
        Object[] e = entity.get(0);
        return Optional.of(new Detail((String) e[0], (String) e[1], (String) e[2], aliases(List.of(id)).getOrDefault(id, List.of()),
                mentions.stream().map(m -> new Mention((String) m[0], (String) m[1], (String) m[2],
                        ((Number) m[3]).intValue(), ((Number) m[4]).intValue())).toList()));
    }

    /** The entities an entity id or a name (canonical or alias, exact) stands for. */
    @SuppressWarnings("unchecked")
    public List<String> resolve(String idOrName) {
        String v = idOrName.strip();
        List<String> byId = em.createNativeQuery("select id from entities where id = ?1").setParameter(1, v).getResultList();
        if (!byId.isEmpty()) {
            return byId;
        }
        return em.createNativeQuery("select distinct entity_id from entity_aliases where alias = ?1 or alias = ?2")
                .setParameter(1, v).setParameter(2, EntityIds.normalizeName(v)).getResultList();
    }

    /** The entities linked to a target, in name order. */
    @SuppressWarnings("unchecked")
    public List<Linked> ofTarget(long targetId, String documentId) {
        // The text is the first mention of the entity in the target's document.
        List<Object[]> rows = em.createNativeQuery("""
                select e.id, coalesce((select m.text from entity_mentions m where m.entity_id = e.id
                         and m.document_id = ?2 order by m.start_offset limit 1), e.canonical), e.type, e.canonical
                from target_entities l join entities e on e.id = l.entity_id
                where l.target_id = ?1 order by e.canonical""")
                .setParameter(1, targetId).setParameter(2, documentId).getResultList();
        return rows.stream().map(r -> new Linked((String) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }
}
