package io.mubiao.targets.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A WHERE clause built from optional filters, with its named parameters, and the one way a page of native rows is
 * read with its total ({@code count(*) over ()} on the page, a count query only when the page is past the end).
 */
final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** The condition, always. */
    Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** The condition with its parameter, only when the filter is given (value not null). */
    Where and(Object value, String condition, String name) {
        return value == null ? this : and(condition).bind(name, value);
    }

    /** A parameter of the last condition added. */
    Where bind(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** The conditions joined by {@code and}, or {@code whenEmpty} when there is none. */
    String joined(String whenEmpty) {
        return conditions.isEmpty() ? whenEmpty : String.join(" and ", conditions);
    }

    /** {@code " where …"} (or {@code " and …"} after a fixed condition), empty when unfiltered. */
    String clause(String keyword) {
        return conditions.isEmpty() ? "" : " " + keyword + " " + String.join(" and ", conditions);
    }

    Map<String, Object> params() {
        return params;
    }

    Query bound(Query query) {
        params.forEach(query::setParameter);
        return query;
    }

    /**
     * One page of a native query ending in {@code limit :limit offset :offset} whose column {@code totalColumn} is
     * {@code count(*) over ()}; {@code countSql} gives the total when the page is empty.
     */
    @SuppressWarnings("unchecked")
    <T> RowPage<T> page(EntityManager em, String sql, int totalColumn, String countSql, int page, int size,
                        Function<Object[], T> row) {
        Query query = bound(em.createNativeQuery(sql))
                .setParameter("limit", size).setParameter("offset", (long) page * size);
        List<Object[]> rows = query.getResultList();
        long total = rows.isEmpty() ? ((Number) bound(em.createNativeQuery(countSql)).getSingleResult()).longValue()
                : ((Number) rows.get(0)[totalColumn]).longValue();
        return new RowPage<>(rows.stream().map(row).toList(), total);
    }
}
