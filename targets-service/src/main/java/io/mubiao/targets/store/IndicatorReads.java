package io.mubiao.targets.store;

import io.mubiao.targets.query.Checks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The indicators of the targets table grouped by key, with their counts, texts, years and themes. */
@ApplicationScoped
public class IndicatorReads {
    private static final String SEP = "\u001f";

    @Inject
    EntityManager em;

    /** One indicator key: its figures by kind, the indicator texts, years (and spans) and themes seen for it. */
    public record Row(String key, long targetCount, long achievementCount, List<String> indicators, List<String> years,
                      List<String> themes) {
    }

    /**
     * Indicator keys, most figures first; with a theme only that theme's figures count.
     *
     * @param text    a substring of the key or of an indicator text (null: every key)
     * @param textKey the key the synonym resource gives {@code text}, matched exactly
     */
    @SuppressWarnings("unchecked")
    public RowPage<Row> list(String theme, String text, String textKey, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (theme != null) {
            where.add("theme = :theme");
            params.put("theme", theme);
        }
        if (text != null) {
            where.add("indicator_key in (select s.indicator_key from targets s where s.indicator like :q "
                    + "or s.indicator_key like :q or s.indicator_key = :qkey)");
            params.put("q", "%" + Checks.escapeLike(text) + "%");
            params.put("qkey", textKey);
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String sql = "select indicator_key, count(*) filter (where kind = 'target'), count(*) filter (where kind = 'achievement'), "
                + "string_agg(distinct indicator, '" + SEP + "'), string_agg(distinct year, '" + SEP + "'), "
                + "string_agg(distinct theme, '" + SEP + "'), count(*) over () from targets" + condition
                + " group by indicator_key order by count(*) desc, indicator_key limit :limit offset :offset";
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        query.setParameter("limit", size).setParameter("offset", (long) page * size);
        List<Object[]> rows = query.getResultList();
        long total;
        if (!rows.isEmpty()) {
            total = ((Number) rows.get(0)[6]).longValue();
        } else {
            Query count = em.createNativeQuery("select count(distinct indicator_key) from targets" + condition);
            params.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }
        return new RowPage<>(rows.stream().map(r -> new Row((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), split(r[3]), split(r[4]), split(r[5]))).toList(), total);
    }

    private static List<String> split(Object joined) {
        return joined == null ? List.of() : Arrays.asList(((String) joined).split(SEP));
    }
}
