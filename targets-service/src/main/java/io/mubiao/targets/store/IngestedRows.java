package io.mubiao.targets.store;

import io.mubiao.contracts.DocumentIngested;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Replaces a document's sections and removed passages with JDBC batches (a long plan has hundreds of headings):
 * one delete and one batched insert per table, on the caller's connection, inside its transaction.
 */
final class IngestedRows {
    private IngestedRows() {
    }

    static void replaceSections(Connection c, String documentId, List<DocumentIngested.Section> sections) throws SQLException {
        delete(c, "document_sections", documentId);
        try (PreparedStatement ps = c.prepareStatement("insert into document_sections (document_id, ordinal, level, "
                + "label, heading, start_offset, end_offset) values (?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (DocumentIngested.Section s : sections == null ? List.<DocumentIngested.Section>of() : sections) {
                if (s == null) {
                    continue;
                }
                ps.setString(1, documentId);
                ps.setInt(2, i++);
                ps.setInt(3, s.level());
                ps.setString(4, s.label());
                ps.setString(5, s.heading());
                ps.setInt(6, s.start());
                ps.setInt(7, s.end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void replaceRemoved(Connection c, String documentId, List<DocumentIngested.Removed> removed) throws SQLException {
        delete(c, "document_removed", documentId);
        try (PreparedStatement ps = c.prepareStatement("insert into document_removed (document_id, ordinal, at_offset, "
                + "text, reason) values (?, ?, ?, ?, ?)")) {
            int i = 0;
            for (DocumentIngested.Removed r : removed == null ? List.<DocumentIngested.Removed>of() : removed) {
                if (r == null || r.text() == null) {
                    continue;
                }
                ps.setString(1, documentId);
                ps.setInt(2, i++);
                ps.setInt(3, r.at());
                ps.setString(4, r.text());
                if (r.reason() == null) {
                    ps.setNull(5, Types.VARCHAR);
                } else {
                    ps.setString(5, r.reason());
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void delete(Connection c, String table, String documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from " + table + " where document_id = ?")) {
            ps.setString(1, documentId);
            ps.executeUpdate();
        }
    }
}
