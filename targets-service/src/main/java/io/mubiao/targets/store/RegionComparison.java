package io.mubiao.targets.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One indicator, year and kind across regions: for each region, its headline statement — the figure its own
 * documents give for that single year (neither a span such as 2021-2025 nor a 年均 average is that year's), said
 * of the region itself rather than of a place or sector within it (subject empty or the region's own name), from
 * its latest document, and there the first statement (a report's 主要预期目标 comes before any later repetition).
 * A district's document has the district as its region, so it never stands for its province.
 */
@ApplicationScoped
public class RegionComparison {
    @Inject
    EntityManager em;

    /** The question: key, year, kind, and optionally measure and region level. */
    public record Ask(String indicatorKey, int year, String kind, String measure, String regionLevel) {
    }

    /** One region's headline statement. */
    public record Row(String region, String regionLevel, double value, Double valueMax, String unit, String comparator,
                      String kind, String measure, String year, String quote, String document, String documentTitle,
                      long targetId, String indicator) {
    }

    public record Page(List<Row> rows, long total) {
    }

    /** The page of rows, highest value first (then region name), and how many regions have one. */
    @SuppressWarnings("unchecked")
    public Page find(Ask ask, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = new ArrayList<>(List.of("d.region is not null", "t.indicator_key = :key", "t.kind = :kind",
                "t.year_from = :year", "t.year_to = :year",
                // 年均增长5.9% is a period's average, never the year's own figure, whatever year it was filed under
                "strpos(t.quote, '年均') = 0"));
        params.put("key", ask.indicatorKey());
        params.put("kind", ask.kind());
        params.put("year", ask.year());
        if (ask.measure() != null) {
            where.add("t.measure = :measure");
            params.put("measure", ask.measure());
        }
        if (ask.regionLevel() != null) {
            where.add("d.region_level = :level");
            params.put("level", ask.regionLevel());
        }
        String headlines = "select distinct on (d.region) d.region, d.region_level, t.value, t.value_max, t.unit, "
                + "t.comparator, t.kind, t.measure, t.year, t.quote, t.document_id, d.title, t.id, t.indicator "
                + "from targets t join documents d on d.id = t.document_id where " + String.join(" and ", where)
                // the region itself speaks (no subject, or its own name: 天津 in 天津市) before a place within it
                + " order by d.region, (t.subject is null or t.subject = '' or strpos(d.region, t.subject) = 1) desc, "
                + "d.document_date desc nulls last, d.received_at desc, t.start_offset, t.id";
        Query q = em.createNativeQuery("select h.*, count(*) over () from (" + headlines + ") h "
                + "order by h.value desc, h.region limit :limit offset :offset");
        params.forEach(q::setParameter);
        q.setParameter("limit", size).setParameter("offset", (long) page * size);
        List<Object[]> rows = q.getResultList();
        long total;
        if (!rows.isEmpty()) {
            total = ((Number) rows.get(0)[14]).longValue();
        } else {
            Query count = em.createNativeQuery("select count(distinct d.region) from targets t join documents d "
                    + "on d.id = t.document_id where " + String.join(" and ", where));
            params.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }
        return new Page(rows.stream().map(r -> new Row((String) r[0], (String) r[1], ((Number) r[2]).doubleValue(),
                r[3] == null ? null : ((Number) r[3]).doubleValue(), (String) r[4], (String) r[5], (String) r[6],
                (String) r[7], (String) r[8], (String) r[9], (String) r[10], (String) r[11], ((Number) r[12]).longValue(),
                (String) r[13])).toList(), total);
    }
}
