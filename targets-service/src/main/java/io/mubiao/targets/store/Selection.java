package io.mubiao.targets.store;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;

/** The rows a filter selects, in their order: counted once, read a page at a time. */
public final class Selection<T> {
    private final PanacheQuery<T> query;

    Selection(PanacheQuery<T> query) {
        this.query = query;
    }

    public long total() {
        return query.count();
    }

    /** The page'th page of size rows (page from 0). */
    public List<T> page(int page, int size) {
        return query.page(page, size).list();
    }
}
