package io.mubiao.extract.core.table;

import io.mubiao.extract.core.Target;
import io.mubiao.extract.core.TimeCues;
import io.mubiao.extract.core.TimeScope;
import io.mubiao.extract.core.Units;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern SPAN = Pattern.compile("((?:19|20)\\d\\d)\\s*[-—–~～至]\\s*((?:19|20)\\d\\d)年?");
    private static final List<String> RISE = TableWords.of("rise");
    private static final List<String> FALL = TableWords.of("fall");
    private static final List<String> FLOW = TableWords.of("flow");

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
        int headerRows = headerRows(t);
        if (headerRows == 0 || headerRows >= t.rows().size()) {
            return;
        }
        int cols = t.rows().get(0).cells().size();
        List<Column> columns = new ArrayList<>(cols);
        for (int c = 0; c < cols; c++) {
            StringBuilder h = new StringBuilder();
            Table.Cell first = null;
            String last = null;
            for (int r = 0; r < headerRows; r++) {
                Table.Cell cell = t.rows().get(r).cells().get(c);
                if (!cell.text().isEmpty() && !cell.text().equals(last)) { // a header spanning two rows counts once
                    h.append(h.length() > 0 ? " " : "").append(cell.text());
                    if (first == null) {
                        first = cell;
                    }
                }
                last = cell.text();
            }
            columns.add(Column.of(h.toString(), first == null ? -1 : first.start(), first == null ? -1 : first.end()));
        }
        int indicatorCol = indicatorColumn(t, columns, headerRows);
        if (indicatorCol < 0 || columns.stream().noneMatch(Column::holdsFigures)) {
            return; // not a table of indicators: its rows stay running text
        }
        int[] period = period(t, columns, docYear, docScope);
        String captionUnit = RowUnits.captionUnit(t.caption());
        for (int r = 0; r < headerRows; r++) {
            byLine.putIfAbsent(t.rows().get(r).start(), List.of());
        }
        for (int r = headerRows; r < t.rows().size(); r++) {
            Table.Row row = t.rows().get(r);
            List<Target> figures = new ArrayList<>(byLine.getOrDefault(row.start(), List.of()));
            figures.addAll(row(text, t, row, columns, indicatorCol, period, docYear, captionUnit));
            byLine.put(row.start(), List.copyOf(figures));
        }
    }

    private static List<Target> row(String text, Table t, Table.Row row, List<Column> columns, int indicatorCol,
                                    int[] period, Integer docYear, String captionUnit) {
        List<Target> out = new ArrayList<>();
        String indicatorCell = row.cells().get(indicatorCol).text();
        String indicator = RowUnits.indicator(indicatorCell);
        if (indicator.isEmpty() || CellValue.parse(indicator) != null) {
            return out;
        }
        String rowUnit = null;
        String attribute = null;
        for (int c = 0; c < columns.size(); c++) {
            String cell = row.cells().get(c).text();
            if (columns.get(c).role() == Column.Role.UNIT && rowUnit == null) {
                rowUnit = RowUnits.unitCell(cell);
            } else if (columns.get(c).role() == Column.Role.ATTRIBUTE && !cell.isEmpty()) {
                attribute = cell;
            }
        }
        if (rowUnit == null) {
            rowUnit = RowUnits.bracketedUnit(indicatorCell);
        }
        String span = period == null ? null : period[0] + "-" + period[1];
        String rowText = text.substring(row.start(), row.end());
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            Table.Cell cell = row.cells().get(c);
            if (c == indicatorCol || !col.holdsFigures()) {
                continue;
            }
            CellValue v = CellValue.parse(cell.text());
            if (v == null) {
                continue;
            }
            String unit;
            String measure;
            String year;
            int sign = 1;
            boolean rise = endsWithAny(indicator, RISE);
            boolean fall = endsWithAny(indicator, FALL);
            String levelUnit = first(v.unit(), rowUnit, col.role() == Column.Role.GROWTH ? null : col.unit(), captionUnit);
            if (v.cumulative() || col.role() == Column.Role.CUMULATIVE) {
                year = span;
                if (rise || fall) {
                    measure = "rate";
                    unit = first(v.unit(), rowUnit, col.unit(), "%");
                    sign = fall ? -1 : 1;
                } else if (levelUnit != null && Units.isPercent(Units.baseUnit(levelUnit))) {
                    measure = "delta"; // 比重 28% → 35%, [7]: seven points more over the period
                    unit = "个百分点";
                } else {
                    measure = containsAny(indicator, FLOW) ? "amount" : "delta";
                    unit = levelUnit == null ? "" : levelUnit;
                }
            } else if (col.role() == Column.Role.GROWTH) {
                year = span;
                measure = "rate";
                unit = first(v.unit(), col.unit(), "%");
                sign = fall ? -1 : 1;
            } else {
                unit = levelUnit == null ? "" : levelUnit;
                Integer y = col.year();
                if (y == null && period != null) {
                    y = col.role() == Column.Role.ACHIEVED ? period[0] - 1 : period[1];
                }
                year = y == null ? null : String.valueOf(y);
                if ((rise || fall) && (unit.isEmpty() || Units.isPercent(Units.baseUnit(unit)))) {
                    measure = "rate";
                    unit = unit.isEmpty() ? "%" : unit;
                    sign = fall ? -1 : 1;
                } else if (unit.isEmpty() || Units.isPercent(Units.baseUnit(unit)) || "‰".equals(unit)) {
                    measure = "share";
                } else {
                    measure = "amount";
                }
            }
            String kind = kind(col, period, docYear);
            double value = v.value() < 0 ? v.value() : sign * v.value();
            TableEvidence evidence = new TableEvidence(t.caption(), t.captionStart(), t.captionEnd(), rowText,
                    row.start(), row.end(), col.header(), col.start(), col.end(), attribute);
            out.add(new Target(cell.text(), indicator, null, kind, measure, value, null, unit, v.comparator(), year,
                    Units.normalize(value, unit), Units.baseUnit(unit), null, cell.start(), cell.end(), rowText,
                    List.of(), row.start(), row.end(), evidence));
        }
        return out;
    }

    /** A base-year column reports, a target-year column plans; a year before the plan period is a base year. */
    private static String kind(Column col, int[] period, Integer docYear) {
        switch (col.role()) {
            case ACHIEVED:
                return "achievement";
            case PLANNED:
            case GROWTH:
            case CUMULATIVE:
                return "target";
            default:
                break;
        }
        Integer y = col.year();
        if (y == null) {
            return "target";
        }
        if (period != null) {
            return y < period[0] ? "achievement" : "target";
        }
        return docYear != null && y < docYear ? "achievement" : "target";
    }

    /**
     * The plan period the table's figures run over: from its caption (“十四五” → 2021-2025; 2024—2026年), from its
     * year columns (a base year 2023 and target years to 2026 → 2024-2026), else the document's own.
     */
    private static int[] period(Table t, List<Column> columns, Integer docYear, TimeScope docScope) {
        if (t.caption() != null) {
            int[] p = TimeCues.planPeriod(t.caption());
            if (p != null) {
                return p;
            }
            Matcher m = SPAN.matcher(t.caption());
            if (m.find()) {
                return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
            }
        }
        if (docScope != null && docScope.from() != null && docScope.to() != null && docScope.isSpan()) {
            return new int[] {docScope.from(), docScope.to()};
        }
        Integer base = null;
        Integer end = null;
        for (Column c : columns) {
            if (c.year() == null) {
                continue;
            }
            boolean achieved = c.role() == Column.Role.ACHIEVED
                    || c.role() == Column.Role.VALUE && docYear != null && c.year() < docYear;
            if (achieved) {
                base = base == null ? c.year() : Math.max(base, c.year());
            } else {
                end = end == null ? c.year() : Math.max(end, c.year());
            }
        }
        if (base != null && end != null && end > base) {
            return new int[] {base + 1, end};
        }
        return null;
    }

    /** Header rows: the rows at the top holding no figure (at most three). */
    private static int headerRows(Table t) {
        int n = 0;
        for (Table.Row row : t.rows()) {
            if (n >= 3 || row.cells().stream().anyMatch(c -> CellValue.parse(c.text()) != null)) {
                break;
            }
            n++;
        }
        return n;
    }

    /** The indicator column: the one its header names (指标), else the first text column left of the figures. */
    private static int indicatorColumn(Table t, List<Column> columns, int headerRows) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).role() == Column.Role.INDICATOR) {
                return c;
            }
        }
        int best = -1;
        for (int c = 0; c < columns.size() && !columns.get(c).holdsFigures(); c++) {
            if (columns.get(c).role() == Column.Role.NONE) {
                best = c; // the last unnamed column before the figures (类别 | 指标名称 …)
            }
        }
        return best;
    }

    private static boolean endsWithAny(String s, List<String> words) {
        for (String w : words) {
            if (s.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
