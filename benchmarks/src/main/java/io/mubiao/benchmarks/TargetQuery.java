package io.mubiao.benchmarks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One typical {@code GET /api/v1/targets} request, and the same query as SQL for the PostgreSQL floor: the count and
 * the page that targets-service runs for it (its TargetFilter conditions, ordered by document and ordinal, page
 * {@code page} of {@code size}), with the same parameter values.
 */
public record TargetQuery(String name, Map<String, String> params, int page, int size) {

    /** The URL query string, without the '?'. */
    public String queryString() {
        StringJoiner j = new StringJoiner("&");
        params.forEach((k, v) -> j.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        j.add("page=" + page).add("size=" + size);
        return j.toString();
    }

    /** The WHERE condition (after "where") and its values in order. */
    public Map.Entry<String, List<Object>> condition() {
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        params.forEach((k, v) -> {
            switch (k) {
                case "indicator" -> {
                    where.add("indicator like ?");
                    values.add("%" + escapeLike(v) + "%");
                }
                case "kind", "measure", "comparator" -> {
                    where.add(k + " = ?");
                    values.add(v);
                }
                case "year" -> {
                    where.add("year_from <= ? and year_to >= ?");
                    values.add(Integer.parseInt(v));
                    values.add(Integer.parseInt(v));
                }
                case "yearFrom" -> {
                    where.add("year_to >= ?");
                    values.add(Integer.parseInt(v));
                }
                case "yearTo" -> {
                    where.add("year_from <= ?");
                    values.add(Integer.parseInt(v));
                }
                case "document" -> {
                    where.add("document_id = ?");
                    values.add(v);
                }
                case "q" -> {
                    where.add("(quote like ? or indicator like ?)");
                    values.add("%" + escapeLike(v) + "%");
                    values.add("%" + escapeLike(v) + "%");
                }
                default -> throw new IllegalArgumentException("unknown filter " + k);
            }
        });
        return Map.entry(where.isEmpty() ? "1 = 1" : String.join(" and ", where), values);
    }

    public String countSql() {
        return "select count(*) from targets where " + condition().getKey();
    }

    public String pageSql() {
        return "select id, document_id, ordinal, indicator, subject, kind, measure, value, value_max, unit, comparator, year,"
                + " year_from, year_to, normalized_value, base_unit, theme, quote, sentence, start_offset, end_offset, section"
                + " from targets where " + condition().getKey() + " order by document_id, ordinal offset ? rows fetch first ? rows only";
    }

    /** Runs the count and the page as targets-service does for one request; returns the number of rows read. */
    public int runDirect(Connection db) throws SQLException {
        List<Object> values = condition().getValue();
        int rows = 0;
        try (PreparedStatement count = db.prepareStatement(countSql())) {
            bind(count, values);
            try (var rs = count.executeQuery()) {
                rs.next();
                rs.getLong(1);
            }
        }
        try (PreparedStatement ps = db.prepareStatement(pageSql())) {
            bind(ps, values);
            ps.setInt(values.size() + 1, page * size);
            ps.setInt(values.size() + 2, size);
            try (var rs = ps.executeQuery()) {
                int cols = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= cols; c++) {
                        rs.getObject(c);
                    }
                    rows++;
                }
            }
        }
        return rows;
    }

    private static void bind(PreparedStatement ps, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setObject(i + 1, values.get(i));
        }
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The mix of typical requests, over one document id and one frequent indicator of the stored data. */
    public static List<TargetQuery> typicalMix(String documentId, String indicator, String quoteWord) {
        List<TargetQuery> mix = new ArrayList<>();
        mix.add(new TargetQuery("first page, no filter", Map.of(), 0, 20));
        mix.add(new TargetQuery("kind=target, yearFrom=2025, yearTo=2025", ordered("kind", "target", "yearFrom", "2025", "yearTo", "2025"), 0, 20));
        mix.add(new TargetQuery("indicator substring", ordered("indicator", indicator), 0, 20));
        mix.add(new TargetQuery("kind=achievement, measure=rate, page 5", ordered("kind", "achievement", "measure", "rate"), 5, 20));
        mix.add(new TargetQuery("document=<id>, size 100", ordered("document", documentId), 0, 100));
        mix.add(new TargetQuery("q=<word> (quote or indicator)", ordered("q", quoteWord), 0, 20));
        mix.add(new TargetQuery("year=2025, comparator=at_least", ordered("year", "2025", "comparator", "at_least"), 0, 20));
        return mix;
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
