package io.mubiao.ingest.domain;

import io.mubiao.contracts.DocumentIngested;
import io.mubiao.documents.DocumentTable;
import java.util.List;

/** The reader's tables as documents.ingested carries them (the same grid, offsets into the event's text). */
public final class EventTables {
    private EventTables() {
    }

    /** Null when the reader found no table, so the event leaves the field out. */
    public static List<DocumentIngested.Table> of(List<DocumentTable> tables) {
        if (tables == null || tables.isEmpty()) {
            return null;
        }
        return tables.stream().map(EventTables::table).toList();
    }

    private static DocumentIngested.Table table(DocumentTable t) {
        boolean captioned = t.caption() != null && t.captionStart() >= 0;
        return new DocumentIngested.Table(captioned ? t.caption() : null, captioned ? t.captionStart() : null,
                captioned ? t.captionEnd() : null, t.rows().stream().map(EventTables::row).toList());
    }

    private static DocumentIngested.Row row(DocumentTable.Row r) {
        return new DocumentIngested.Row(r.start(), r.end(),
                r.cells().stream().map(c -> new DocumentIngested.Cell(c.text(), c.start(), c.end())).toList());
    }
}
