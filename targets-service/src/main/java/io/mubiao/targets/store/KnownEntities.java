package io.mubiao.targets.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Entities and aliases this process has seen committed, so a result naming them again skips their upserts: in a
 * steady stream nearly every entity of a document is already stored, and probing for each one was a third of the
 * rows a result sent to PostgreSQL. Entities and aliases are never deleted, so what was committed stays true; a
 * database restored under a running service needs the service restarted. Bounded: forgotten wholesale when full,
 * which only costs the upserts again.
 */
final class KnownEntities {
    private final int capacity;
    private final Set<String> entities = ConcurrentHashMap.newKeySet();
    private final Set<List<String>> aliases = ConcurrentHashMap.newKeySet();

    KnownEntities(int capacity) {
        this.capacity = capacity;
    }

    /** The entities of {@code rows} not known to be stored, in their order. */
    Map<String, ExtractionRows.Entity> unknownEntities(Map<String, ExtractionRows.Entity> rows) {
        Map<String, ExtractionRows.Entity> out = new LinkedHashMap<>();
        rows.forEach((key, entity) -> {
            if (!entities.contains(entity.id())) {
                out.put(key, entity);
            }
        });
        return out;
    }

    /** The (entity id, alias text) pairs of {@code pairs} not known to be stored, in their order. */
    Set<List<String>> unknownAliases(Set<List<String>> pairs) {
        Set<List<String>> out = new LinkedHashSet<>(pairs);
        out.removeIf(aliases::contains);
        return out;
    }

    /** Call only once the transaction that wrote them has committed. */
    void remember(Collection<String> entityIds, Collection<List<String>> entityAliases) {
        if (entities.size() + entityIds.size() > capacity) {
            entities.clear();
        }
        if (aliases.size() + entityAliases.size() > capacity) {
            aliases.clear();
        }
        entities.addAll(entityIds);
        aliases.addAll(entityAliases);
    }
}
