package io.mubiao.extract.messaging;

import io.mubiao.contracts.DocumentIngested;
import io.mubiao.extract.core.table.Table;
import java.util.List;

/** The tables of a documents.ingested event → the core's tables (same grid, same offsets). Plain Java. */
public final class IngestedTables {
    private IngestedTables() {
    }

    /** Empty when the event carries none (plain text, or an event published before tables were read). */
    public static List<Table> of(DocumentIngested doc) {
        if (doc.tables() == null) {
            return List.of();
        }
        return doc.tables().stream().map(IngestedTables::table).toList();
    }

    private static Table table(DocumentIngested.Table t) {
        boolean captioned = t.caption() != null && t.captionStart() != null && t.captionEnd() != null;
        List<Table.Row> rows = t.rows() == null ? List.of() : t.rows().stream().map(IngestedTables::row).toList();
        return new Table(captioned ? t.caption() : null, captioned ? t.captionStart() : -1,
                captioned ? t.captionEnd() : -1, rows);
    }

    private static Table.Row row(DocumentIngested.Row r) {
        List<Table.Cell> cells = r.cells() == null ? List.of()
                : r.cells().stream().map(c -> new Table.Cell(c.text() == null ? "" : c.text(), c.start(), c.end())).toList();
        return new Table.Row(r.start(), r.end(), cells);
    }
}
