package io.mubiao.targets.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** How many targets and achievements each theme code holds, by year and by document. */
@ApplicationScoped
public class ThemeCounts {
    @Inject
    EntityManager em;

    /** The figures of a theme (null: none) and year (null: none, a span is one year string "2021-2025"). */
    public record ByYear(String theme, String year, long targets, long achievements) {
    }

    /** The figures of a theme in a document. */
    public record ByDocument(String theme, String document, String title, long targets, long achievements) {
    }

    /** Every (theme, year) pair with figures, the unthemed and year-less ones included. */
    @SuppressWarnings("unchecked")
    public List<ByYear> byYear() {
        List<Object[]> rows = em.createNativeQuery("select theme, year, count(*) filter (where kind = 'target'), "
                + "count(*) filter (where kind = 'achievement') from targets group by theme, year").getResultList();
        return rows.stream().map(r -> new ByYear((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue())).toList();
    }

    /** Every (theme, document) pair with figures, most figures first. */
    @SuppressWarnings("unchecked")
    public List<ByDocument> byDocument() {
        List<Object[]> rows = em.createNativeQuery("select t.theme, t.document_id, d.title, "
                + "count(*) filter (where t.kind = 'target'), count(*) filter (where t.kind = 'achievement') "
                + "from targets t join documents d on d.id = t.document_id where t.theme is not null "
                + "group by t.theme, t.document_id, d.title order by count(*) desc, t.document_id").getResultList();
        return rows.stream().map(r -> new ByDocument((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }
}
