package io.mubiao.targets.store;

import java.util.Collection;
import java.util.List;
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

    boolean knowsEntity(String id) {
        return entities.contains(id);
    }

    /** @param alias (entity id, alias text) */
    boolean knowsAlias(List<String> alias) {
        return aliases.contains(alias);
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

    int size() {
        return entities.size() + aliases.size();
    }
}
