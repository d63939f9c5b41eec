package io.mubiao.targets.store;

import io.mubiao.targets.query.TargetFilter;
import io.mubiao.targets.query.TargetSort;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reads of the targets table: a filtered, sorted selection, one target, an indicator's figures. */
@ApplicationScoped
public class TargetReads {

    public Selection<TargetRecord> select(TargetFilter filter, TargetSort order) {
        Map.Entry<String, Map<String, Object>> query = filter.toQuery();
        return new Selection<>(TargetRecord.find(query.getKey(), sort(order), query.getValue()));
    }

    public Optional<TargetRecord> byId(long id) {
        return TargetRecord.findByIdOptional(id);
    }

    /** Every figure filed under the indicator key, in no particular order. */
    public List<TargetRecord> ofIndicatorKey(String key) {
        return TargetRecord.list("indicatorKey = ?1", key);
    }

    /** The first {@code max} targets whose sentence mentions the entity, by document and position. */
    public List<TargetRecord> linkedTo(String entityId, int max) {
        return TargetRecord.<TargetRecord>find("id in (select l.targetId from TargetEntityRecord l where l.entityId = ?1)",
                        Sort.by("documentId").and("ordinal"), entityId)
                .page(0, max).list();
    }

    static Sort sort(TargetSort order) {
        Sort sort = null;
        for (TargetSort.Key k : order.keys()) {
            Sort.Direction d = k.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            Sort.NullPrecedence n = k.nullsLast() ? Sort.NullPrecedence.NULLS_LAST : null;
            sort = sort == null ? (n == null ? Sort.by(k.field(), d) : Sort.by(k.field(), d, n))
                    : (n == null ? sort.and(k.field(), d) : sort.and(k.field(), d, n));
        }
        return sort;
    }
}
