package io.mubiao.extract.core.table;

import java.util.List;

/**
 * A table of the document, as its reader laid it out: a full grid (a spanned cell stands in every position it
 * covers). Every offset refers to the document text, where each row is one line.
 *
 * @param caption      the caption line (表1 …主要指标), or null
 * @param captionStart offset of the caption, -1 when none
 * @param captionEnd   end of the caption, -1 when none
 * @param rows         top to bottom, header rows first
 */
public record Table(String caption, int captionStart, int captionEnd, List<Row> rows) {
    public Table {
        rows = List.copyOf(rows);
    }

    /** @param start offset of the row's line; @param end its end */
    public record Row(int start, int end, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** @param text the cell's text ("" when empty); start/end its offsets (an empty cell: start == end) */
    public record Cell(String text, int start, int end) {
    }
}
