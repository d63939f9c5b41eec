package io.mubiao.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables found so far, a table continued on the next page joined to its first part: a table whose first
 * row already holds figures (no header of its own), as wide as the table just before it, with nothing between
 * them but short lines (a page number, a running header).
 */
record PdfTableRun(List<PdfReader.PdfLine> out, List<RawTable> tables) {
    private static final int FURNITURE_MAX = 12;

    void add(RawTable table) {
        int last = tables.size() - 1;
        if (last >= 0 && continues(tables.get(last), table)) {
            tables.set(last, append(tables.get(last), table));
        } else {
            tables.add(table);
        }
    }

    private boolean continues(RawTable before, RawTable table) {
        if (before.grid().get(0).size() != table.grid().get(0).size() || !holdsFigures(table.grid().get(0))) {
            return false;
        }
        for (int k = out.size() - 1; k >= 0 && !out.get(k).tableRow(); k--) {
            if (out.get(k).text().strip().length() > FURNITURE_MAX) {
                return false;
            }
        }
        return !out.isEmpty();
    }

    private static boolean holdsFigures(List<RawTable.Cell> row) {
        return row.stream().skip(1).anyMatch(c -> PdfTables.NUMERIC.matcher(c.text()).matches()
                && !PdfTables.YEAR_HEADING.matcher(c.text()).matches());
    }

    private static RawTable append(RawTable a, RawTable b) {
        List<List<RawTable.Cell>> grid = new ArrayList<>(a.grid());
        int shift = a.grid().size();
        for (List<RawTable.Cell> row : b.grid()) {
            grid.add(row.stream().map(c -> new RawTable.Cell(c.text(), c.originRow() + shift, c.originCol())).toList());
        }
        return new RawTable(List.copyOf(grid));
    }
}
