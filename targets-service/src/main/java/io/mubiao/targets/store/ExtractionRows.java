package io.mubiao.targets.store;

import io.mubiao.contracts.DocumentExtracted;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the rows of one extraction result with JDBC batches: entities, aliases, mentions, targets and their
 * entity links in a handful of round trips instead of one INSERT per row (a work report has a few hundred
 * rows; row-by-row writes were where targets-service spent its time, docs/benchmarks.md). Runs on the caller's
 * connection, inside its transaction.
 */
final class ExtractionRows {

    /** An entity: id from {@code EntityIds}, type and canonical name. */
    record Entity(String id, String type, String canonical) {
    }

    record Mention(int ordinal, String entityId, String text, String type, String canonical, int start, int end) {
    }

    /** A target row; {@code entityIds} are the entities of its sentence. */
    record Target(int ordinal, String indicator, String indicatorKey, String subject, String kind, String measure,
                  double value, Double valueMax, String unit, String comparator, String year, Integer yearFrom,
                  Integer yearTo, Double normalizedValue, String baseUnit, String theme, String quote, String sentence,
                  int start, int end, Integer sentenceStart, Integer sentenceEnd, String extractorVersion,
                  String section, List<String> entityIds, String attribute, DocumentExtracted.TableCell table) {
    }

    private ExtractionRows() {
    }

    static void insert(Connection c, String documentId, Map<String, Entity> entities, Set<List<String>> aliases,
                       List<Mention> mentions, List<Target> targets) throws SQLException {
        // Entities and aliases are shared between documents stored concurrently: inserted in key order, two
        // transactions never wait for each other's rows in opposite orders (a deadlock).
        try (PreparedStatement ps = c.prepareStatement(
                "insert into entities (id, type, canonical) values (?, ?, ?) on conflict do nothing")) {
            for (Entity e : entities.values().stream().sorted(Comparator.comparing(Entity::id)).toList()) {
                ps.setString(1, e.id());
                ps.setString(2, e.type());
                ps.setString(3, e.canonical());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into entity_aliases (entity_id, alias) values (?, ?) on conflict do nothing")) {
            for (List<String> a : aliases.stream()
                    .sorted(Comparator.comparing((List<String> x) -> x.get(0)).thenComparing(x -> x.get(1))).toList()) {
                ps.setString(1, a.get(0));
                ps.setString(2, a.get(1));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into entity_mentions (document_id, ordinal, entity_id, "
                + "text, type, canonical, start_offset, end_offset) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Mention m : mentions) {
                ps.setString(1, documentId);
                ps.setInt(2, m.ordinal());
                ps.setString(3, m.entityId());
                ps.setString(4, m.text());
                ps.setString(5, m.type());
                ps.setString(6, m.canonical());
                ps.setInt(7, m.start());
                ps.setInt(8, m.end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<Long> ids = targetIds(c, targets.size());
        try (PreparedStatement ps = c.prepareStatement("insert into targets (id, document_id, ordinal, indicator, "
                + "indicator_key, subject, kind, measure, value, value_max, unit, comparator, year, year_from, year_to, "
                + "normalized_value, base_unit, theme, quote, sentence, start_offset, end_offset, sentence_start, "
                + "sentence_end, extractor_version, section, attribute, table_caption, table_caption_start, "
                + "table_caption_end, table_row, table_row_start, table_row_end, table_column, table_column_start, "
                + "table_column_end) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get(i);
                int p = 1;
                ps.setLong(p++, ids.get(i));
                ps.setString(p++, documentId);
                ps.setInt(p++, t.ordinal());
                ps.setString(p++, t.indicator());
                ps.setString(p++, t.indicatorKey());
                ps.setString(p++, t.subject());
                ps.setString(p++, t.kind());
                ps.setString(p++, t.measure());
                ps.setDouble(p++, t.value());
                setDouble(ps, p++, t.valueMax());
                ps.setString(p++, t.unit());
                ps.setString(p++, t.comparator());
                ps.setString(p++, t.year());
                setInt(ps, p++, t.yearFrom());
                setInt(ps, p++, t.yearTo());
                setDouble(ps, p++, t.normalizedValue());
                ps.setString(p++, t.baseUnit());
                ps.setString(p++, t.theme());
                ps.setString(p++, t.quote());
                ps.setString(p++, t.sentence());
                ps.setInt(p++, t.start());
                ps.setInt(p++, t.end());
                setInt(ps, p++, t.sentenceStart());
                setInt(ps, p++, t.sentenceEnd());
                ps.setString(p++, t.extractorVersion());
                ps.setString(p++, t.section());
                ps.setString(p++, t.attribute());
                setTableCell(ps, p, t.table());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into target_entities (target_id, entity_id) values (?, ?) on conflict do nothing")) {
            for (int i = 0; i < targets.size(); i++) {
                for (String entityId : targets.get(i).entityIds()) {
                    ps.setLong(1, ids.get(i));
                    ps.setString(2, entityId);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** {@code n} ids from the targets' own sequence, in one round trip. */
    private static List<Long> targetIds(Connection c, int n) throws SQLException {
        List<Long> ids = new ArrayList<>(n);
        if (n == 0) {
            return ids;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "select nextval(pg_get_serial_sequence('targets', 'id')) from generate_series(1, ?)")) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The ten table columns from {@code p} on: caption, row and column header with their offsets (all null when none). */
    private static void setTableCell(PreparedStatement ps, int p, DocumentExtracted.TableCell cell) throws SQLException {
        DocumentExtracted.TableCell c = cell == null
                ? new DocumentExtracted.TableCell(null, null, null, null, 0, 0, null, null, null) : cell;
        ps.setString(p++, c.caption());
        setInt(ps, p++, c.captionStart());
        setInt(ps, p++, c.captionEnd());
        ps.setString(p++, c.row());
        setInt(ps, p++, cell == null ? null : c.rowStart());
        setInt(ps, p++, cell == null ? null : c.rowEnd());
        ps.setString(p++, c.column());
        setInt(ps, p++, c.columnStart());
        setInt(ps, p, c.columnEnd());
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
