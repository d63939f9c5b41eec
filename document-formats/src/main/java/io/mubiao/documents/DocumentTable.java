package io.mubiao.documents;

import java.util.List;

/**
 * A table as the document lays it out, read from HTML {@code <table>}, a Word table or the text runs of a PDF page.
 * The rows form a full grid: a cell spanning rows or columns (rowspan/colspan, gridSpan/vMerge) stands in every
 * position it covers, with the same text and offsets. Every offset refers to {@link ReadDocument#text()}, where
 * each row is one line (its cells separated by a space).
 *
 * @param caption      the table's caption (表1 …主要指标, 专栏2 …) from the line just above it, or null
 * @param captionStart offset of the caption line, -1 when none
 * @param captionEnd   end of the caption line, -1 when none
 * @param rows         the rows top to bottom, header rows first
 */
public record DocumentTable(String caption, int captionStart, int captionEnd, List<Row> rows) {
    /**
     * @param start offset of the row's line
     * @param end   end of the row's line
     * @param cells one per column of the grid
     */
    public record Row(int start, int end, List<Cell> cells) {
    }

    /**
     * @param text  the cell's text, spaces collapsed; empty for an empty cell
     * @param start offset of the text in the document text; for an empty cell, the row's start (start == end)
     * @param end   end of the text
     */
    public record Cell(String text, int start, int end) {
    }

    public int columns() {
        return rows.isEmpty() ? 0 : rows.get(0).cells().size();
    }
}
