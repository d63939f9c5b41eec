package io.mubiao.extract.cli;

import io.mubiao.documents.DocumentTable;
import io.mubiao.documents.ReadDocument;
import io.mubiao.extract.core.SourceDocument;
import io.mubiao.extract.core.table.Table;
import java.util.ArrayList;
import java.util.List;

/** A document as read (text, tables and sections) → the core's input, as extract-service builds it from ingest's event. */
public final class DocumentTables {
    private DocumentTables() {
    }

    public static SourceDocument source(String name, ReadDocument read) {
        return new SourceDocument(name, read.text(), read.date(), read.genre(), tables(read.tables()), read.sections());
    }

    public static List<Table> tables(List<DocumentTable> tables) {
        List<Table> out = new ArrayList<>(tables.size());
        for (DocumentTable t : tables) {
            List<Table.Row> rows = new ArrayList<>(t.rows().size());
            for (DocumentTable.Row r : t.rows()) {
                List<Table.Cell> cells = new ArrayList<>(r.cells().size());
                for (DocumentTable.Cell c : r.cells()) {
                    cells.add(new Table.Cell(c.text(), c.start(), c.end()));
                }
                rows.add(new Table.Row(r.start(), r.end(), cells));
            }
            out.add(new Table(t.caption(), t.captionStart(), t.captionEnd(), rows));
        }
        return out;
    }
}
