package io.mubiao.extract.core.table;

import io.mubiao.extract.core.Target;
import io.mubiao.extract.core.TimeScope;
import io.mubiao.extract.core.Units;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tables of a document as a reader does: each body row's indicator (with its unit), each column's
 * meaning from its header, and every numeric cell a figure. A base-year column (2020年, 基数) gives achievements
 * of that year, a target-year column (2025年, 目标值) targets of that year, an annual-growth column a rate over
 * the plan period, and a bracketed cell ([6], 五年累计) a total over the period. A cell that is no number (—,
 * 与经济增长同步) gives nothing.
 *
 * <p>The result is keyed by the offset of each row's line, so the core reads those lines from here instead of as
 * running text (a row read as a sentence, 地区生产总值 亿元 1250 1700 6.5, gives no sensible figure).
 */
public final class TableFigures {
    /** Row line start → the targets of that row (theme and section not set); header rows map to an empty list. */
    private final Map<Integer, List<Target>> byLine = new HashMap<>();

    private TableFigures() {
    }

    /**
     * @param docYear  the document's year, or null
     * @param docScope the plan period the document declares ({@code PlanDocuments}), or NONE
     */
    public static TableFigures read(String text, List<Table> tables, Integer docYear, TimeScope docScope) {
        TableFigures out = new TableFigures();
        for (Table t : tables == null ? List.<Table>of() : tables) {
            out.read(text, t, docYear, docScope);
        }
        return out;
    }

    /** True when the line starting at {@code lineStart} is a row of a table read here. */
    public boolean isRow(int lineStart) {
        return byLine.containsKey(lineStart);
    }

    /**
     * The figures of the row whose line starts at {@code lineStart} (empty for a header row), filed under
     * {@code section} (the headings above the table).
     */
    public List<Target> row(int lineStart, List<String> section) {
        List<Target> out = new ArrayList<>();
        for (Target t : byLine.getOrDefault(lineStart, List.of())) {
            out.add(new Target(t.quote(), t.indicator(), t.subject(), t.kind(), t.measure(), t.value(), t.valueMax(),
                    t.unit(), t.comparator(), t.year(), t.normalizedValue(), t.baseUnit(), t.theme(), t.start(), t.end(),
                    t.sentence(), List.copyOf(section), t.sentenceStart(), t.sentenceEnd(), t.table()));
        }
        return out;
    }

    private void read(String text, Table t, Integer docYear, TimeScope docScope) {
        TableLayout layout = TableLayout.of(t);
        if (layout == null) {
            return; // not a table of indicators: its rows stay running text
        }
        int[] period = PlanPeriod.of(t.caption(), layout.columns(), docYear, docScope);
        String captionUnit = RowUnits.captionUnit(t.caption());
        for (int r = 0; r < layout.headerRows(); r++) {
            byLine.putIfAbsent(t.rows().get(r).start(), List.of());
        }
        for (int r = layout.headerRows(); r < t.rows().size(); r++) {
            Table.Row row = t.rows().get(r);
            List<Target> figures = new ArrayList<>(byLine.getOrDefault(row.start(), List.of()));
            figures.addAll(row(text, t, row, layout, period, docYear, captionUnit));
            byLine.put(row.start(), List.copyOf(figures));
        }
    }

    private static List<Target> row(String text, Table t, Table.Row row, TableLayout layout, int[] period,
                                    Integer docYear, String captionUnit) {
        List<Target> out = new ArrayList<>();
        String indicatorCell = row.cells().get(layout.indicatorCol()).text();
        String indicator = RowUnits.indicator(indicatorCell);
        if (indicator.isEmpty() || CellValue.parse(indicator) != null) {
            return out;
        }
        String rowUnit = cellOf(row, layout, Column.Role.UNIT, RowUnits::unitCell);
        String attribute = cellOf(row, layout, Column.Role.ATTRIBUTE, c -> c.isEmpty() ? null : c);
        CellFigure.RowContext context = new CellFigure.RowContext(indicator,
                rowUnit == null ? RowUnits.bracketedUnit(indicatorCell) : rowUnit, captionUnit, period, docYear);
        String rowText = text.substring(row.start(), row.end());
        for (int c = 0; c < layout.columns().size(); c++) {
            Column col = layout.columns().get(c);
            Table.Cell cell = row.cells().get(c);
            CellValue v = c == layout.indicatorCol() || !col.holdsFigures() ? null : CellValue.parse(cell.text());
            if (v == null) {
                continue;
            }
            CellFigure f = CellFigure.of(col, v, context);
            TableEvidence evidence = new TableEvidence(t.caption(), t.captionStart(), t.captionEnd(), rowText,
                    row.start(), row.end(), col.header(), col.start(), col.end(), attribute);
            out.add(new Target(cell.text(), indicator, null, f.kind(), f.measure(), f.value(), null, f.unit(),
                    v.comparator(), f.year(), Units.normalize(f.value(), f.unit()), Units.baseUnit(f.unit()), null,
                    cell.start(), cell.end(), rowText, List.of(), row.start(), row.end(), evidence));
        }
        return out;
    }

    /** What the first column of {@code role} says for the row, read by {@code read}; null when none says. */
    private static String cellOf(Table.Row row, TableLayout layout, Column.Role role,
                                 java.util.function.Function<String, String> read) {
        for (int c = 0; c < layout.columns().size(); c++) {
            if (layout.columns().get(c).role() == role) {
                String v = read.apply(row.cells().get(c).text());
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }
}
