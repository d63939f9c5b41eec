package io.mubiao.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as a format reader found it, before the text is cleaned: a full grid of cell texts, where a spanned
 * cell's copies name the position that holds it. The reader has written the same table into its text block as
 * one line per row (cells separated by a space); {@link TableLocator} finds the cells again in the clean text.
 */
record RawTable(List<List<Cell>> grid) {
    /** @param originRow the row of the cell this position copies (its own row when it is no copy) */
    record Cell(String text, int originRow, int originCol) {
    }

    /** Builds a grid from rows of cells with spans, as HTML and Word give them. */
    static final class Builder {
        private final List<List<Cell>> grid = new ArrayList<>();

        /** Adds a cell at the first free column of {@code row}, covering rowSpan × colSpan positions. */
        void add(int row, String text, int rowSpan, int colSpan) {
            while (grid.size() <= row) {
                grid.add(new ArrayList<>());
            }
            List<Cell> r = grid.get(row);
            int col = 0;
            while (col < r.size() && r.get(col) != null) {
                col++;
            }
            for (int i = 0; i < Math.max(1, rowSpan); i++) {
                while (grid.size() <= row + i) {
                    grid.add(new ArrayList<>());
                }
                List<Cell> target = grid.get(row + i);
                for (int j = 0; j < Math.max(1, colSpan); j++) {
                    while (target.size() <= col + j) {
                        target.add(null);
                    }
                    if (target.get(col + j) == null) {
                        target.set(col + j, new Cell(text, row, col));
                    }
                }
            }
        }

        /**
         * Adds, at the first free column of {@code row}, a continuation of the cell above (a Word cell merged
         * vertically, vMerge without restart), covering {@code colSpan} positions.
         */
        void continueAbove(int row, int colSpan) {
            while (grid.size() <= row) {
                grid.add(new ArrayList<>());
            }
            List<Cell> r = grid.get(row);
            int col = 0;
            while (col < r.size() && r.get(col) != null) {
                col++;
            }
            for (int j = 0; j < Math.max(1, colSpan); j++) {
                Cell above = row > 0 && col + j < grid.get(row - 1).size() ? grid.get(row - 1).get(col + j) : null;
                while (r.size() <= col + j) {
                    r.add(null);
                }
                r.set(col + j, above != null ? above : new Cell("", row, col + j));
            }
        }

        /** The grid, ragged rows padded with empty cells; null when it has fewer than two rows and two columns. */
        RawTable build() {
            int width = 0;
            for (List<Cell> r : grid) {
                width = Math.max(width, r.size());
            }
            if (grid.size() < 2 || width < 2) {
                return null;
            }
            List<List<Cell>> out = new ArrayList<>();
            for (int i = 0; i < grid.size(); i++) {
                List<Cell> r = new ArrayList<>(grid.get(i));
                for (int j = 0; j < width; j++) {
                    if (j >= r.size()) {
                        r.add(new Cell("", i, j));
                    } else if (r.get(j) == null) {
                        r.set(j, new Cell("", i, j));
                    }
                }
                out.add(List.copyOf(r));
            }
            return new RawTable(List.copyOf(out));
        }
    }
}
