package io.mubiao.extract.core.table;

import java.util.ArrayList;
import java.util.List;

/**
 * How a table is laid out: its header rows (the rows at the top holding no figure, at most three), each column's
 * meaning from its header (header rows joined per column), and the column of the indicators.
 *
 * @param headerRows   how many rows at the top are headers
 * @param columns      one per column of the grid
 * @param indicatorCol the column naming each row's indicator
 */
record TableLayout(int headerRows, List<Column> columns, int indicatorCol) {

    /** The layout of a table of indicators, or null when the table is none (its rows then stay running text). */
    static TableLayout of(Table t) {
        int headerRows = headerRows(t);
        if (headerRows == 0 || headerRows >= t.rows().size()) {
            return null;
        }
        List<Column> columns = columns(t, headerRows);
        int indicatorCol = indicatorColumn(columns);
        if (indicatorCol < 0 || columns.stream().noneMatch(Column::holdsFigures)) {
            return null;
        }
        return new TableLayout(headerRows, List.copyOf(columns), indicatorCol);
    }

    /** Header rows: the rows at the top holding no figure (at most three). */
    static int headerRows(Table t) {
        int n = 0;
        for (Table.Row row : t.rows()) {
            if (n >= 3 || row.cells().stream().anyMatch(c -> CellValue.parse(c.text()) != null)) {
                break;
            }
            n++;
        }
        return n;
    }

    /** Each column from its header cells top to bottom; a header spanning two rows (rowspan) counts once. */
    private static List<Column> columns(Table t, int headerRows) {
        int cols = t.rows().get(0).cells().size();
        List<Column> columns = new ArrayList<>(cols);
        for (int c = 0; c < cols; c++) {
            StringBuilder h = new StringBuilder();
            Table.Cell first = null;
            String last = null;
            for (int r = 0; r < headerRows; r++) {
                Table.Cell cell = t.rows().get(r).cells().get(c);
                if (!cell.text().isEmpty() && !cell.text().equals(last)) {
                    h.append(h.length() > 0 ? " " : "").append(cell.text());
                    if (first == null) {
                        first = cell;
                    }
                }
                last = cell.text();
            }
            columns.add(Column.of(h.toString(), first == null ? -1 : first.start(), first == null ? -1 : first.end()));
        }
        return columns;
    }

    /** The indicator column: the one its header names (指标), else the last unnamed column left of the figures. */
    static int indicatorColumn(List<Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).role() == Column.Role.INDICATOR) {
                return c;
            }
        }
        int best = -1;
        for (int c = 0; c < columns.size() && !columns.get(c).holdsFigures(); c++) {
            if (columns.get(c).role() == Column.Role.NONE) {
                best = c; // 类别 | 指标名称 …: the last unnamed column before the figures
            }
        }
        return best;
    }
}
