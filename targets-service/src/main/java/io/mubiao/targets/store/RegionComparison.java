package io.mubiao.targets.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

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

    /** The page of rows, highest value first (then region name), and how many regions have one. */
    public RowPage<Row> find(Ask ask, int page, int size) {
        Where where = new Where().and("d.region is not null")
                .and("t.indicator_key = :key").bind("key", ask.indicatorKey())
                .and("t.kind = :kind").bind("kind", ask.kind())
                .and("t.year_from = :year").bind("year", ask.year()).and("t.year_to = :year")
                // 年均增长5.9% is a period's average, never the year's own figure, whatever year it was filed under
                .and("strpos(t.quote, '年均') = 0")
                .and(ask.measure(), "t.measure = :measure", "measure")
                .and(ask.regionLevel(), "d.region_level = :level", "level");
        String headlines = "select distinct on (d.region) d.region, d.region_level, t.value, t.value_max, t.unit, "
                + "t.comparator, t.kind, t.measure, t.year, t.quote, t.document_id, d.title, t.id, t.indicator "
                + "from targets t join documents d on d.id = t.document_id" + where.clause("where")
                // the region itself speaks (no subject, or its own name: 天津 in 天津市) before a place within it
                + " order by d.region, (t.subject is null or t.subject = '' or strpos(d.region, t.subject) = 1) desc, "
                + "d.document_date desc nulls last, d.received_at desc, t.start_offset, t.id";
        String sql = "select h.*, count(*) over () from (" + headlines + ") h "
                + "order by h.value desc, h.region limit :limit offset :offset";
        String count = "select count(distinct d.region) from targets t join documents d on d.id = t.document_id"
                + where.clause("where");
        return where.page(em, sql, 14, count, page, size, r -> new Row((String) r[0], (String) r[1],
                ((Number) r[2]).doubleValue(), r[3] == null ? null : ((Number) r[3]).doubleValue(), (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                (String) r[11], ((Number) r[12]).longValue(), (String) r[13]));
    }
}
