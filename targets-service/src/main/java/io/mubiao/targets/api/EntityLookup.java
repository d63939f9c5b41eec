package io.mubiao.targets.api;

import io.mubiao.targets.entities.EntityIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Resolves the {@code entity} parameter: an entity id, else a name (canonical or alias, exact). */
@ApplicationScoped
public class EntityLookup {
    @Inject
    EntityManager em;

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
    public List<TargetView.EntityRef> ofTarget(long targetId, String documentId) {
        // The text is the first mention of the entity in the target's document.
        List<Object[]> rows = em.createNativeQuery("""
                select e.id, coalesce((select m.text from entity_mentions m where m.entity_id = e.id
                         and m.document_id = ?2 order by m.start_offset limit 1), e.canonical), e.type, e.canonical
                from target_entities l join entities e on e.id = l.entity_id
                where l.target_id = ?1 order by e.canonical""")
                .setParameter(1, targetId).setParameter(2, documentId).getResultList();
        return rows.stream().map(r -> new TargetView.EntityRef((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }
}
