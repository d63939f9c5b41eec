package io.mubiao.targets.store;

import io.mubiao.targets.query.Checks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;

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
    public RowPage<Row> list(String theme, String text, String textKey, int page, int size) {
        Where where = new Where().and(theme, "theme = :theme", "theme");
        if (text != null) {
            where.and("indicator_key in (select s.indicator_key from targets s where s.indicator like :q "
                            + "or s.indicator_key like :q or s.indicator_key = :qkey)")
                    .bind("q", "%" + Checks.escapeLike(text) + "%").bind("qkey", textKey);
        }
        String sql = "select indicator_key, count(*) filter (where kind = 'target'), count(*) filter (where kind = 'achievement'), "
                + "string_agg(distinct indicator, '" + SEP + "'), string_agg(distinct year, '" + SEP + "'), "
                + "string_agg(distinct theme, '" + SEP + "'), count(*) over () from targets" + where.clause("where")
                + " group by indicator_key order by count(*) desc, indicator_key limit :limit offset :offset";
        return where.page(em, sql, 6, "select count(distinct indicator_key) from targets" + where.clause("where"),
                page, size, r -> new Row((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                        split(r[3]), split(r[4]), split(r[5])));
    }

    private static List<String> split(Object joined) {
        return joined == null ? List.of() : Arrays.asList(((String) joined).split(SEP));
    }
}
