package io.mubiao.extract.core.table;

import java.util.ArrayList;
import java.util.List;

/** Builds a document text and its {@link Table} as a reader lays them out: a caption line, then a line per row. */
final class TableGrid {
    final StringBuilder text = new StringBuilder();
    private final List<Table.Row> rows = new ArrayList<>();
    private String caption;
    private int captionStart = -1;

    TableGrid caption(String c) {
        captionStart = text.length();
        caption = c;
        text.append(c).append('\n');
        return this;
    }

    /** A row, its cells separated by a space; "" is an empty cell. */
    TableGrid row(String... cells) {
        int start = text.length();
        List<Table.Cell> out = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0 && !cells[i].isEmpty()) {
                text.append(' ');
            }
            int s = text.length();
            text.append(cells[i]);
            out.add(new Table.Cell(cells[i], s, text.length()));
        }
        rows.add(new Table.Row(start, text.length(), out));
        text.append('\n');
        return this;
    }

    Table table() {
        return new Table(caption, captionStart, caption == null ? -1 : captionStart + caption.length(), rows);
    }

    String text() {
        return text.toString();
    }

    int rowStart(int r) {
        return rows.get(r).start();
    }
}
