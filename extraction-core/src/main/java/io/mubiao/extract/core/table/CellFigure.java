package io.mubiao.extract.core.table;

import io.mubiao.extract.core.Units;
import java.util.List;

/**
 * What a numeric cell states, read from its column, its row and the table's period: kind, measure, unit, year and
 * the signed value. A base-year column (2020年, 基数) reports, a target-year column (2025年, 目标值) plans; an
 * annual-growth column is a rate over the period; a bracketed cell ([6]) or a cumulative column a total over it:
 * a rate for a growth or a fall (降低 [13.5] → -13.5 %), an amount for a flow (城镇新增就业 [6] 万人), a delta for
 * another level (比重 [7] → 7 个百分点).
 *
 * @param value the value, negative for a fall
 * @param year  "2025", a span "2021-2025", or null
 */
record CellFigure(String kind, String measure, String unit, String year, double value) {
    private static final List<String> RISE = TableWords.of("rise");
    private static final List<String> FALL = TableWords.of("fall");
    private static final List<String> FLOW = TableWords.of("flow");

    /** The row a cell stands in: its indicator, the unit the row gives (or null) and the caption's (or null). */
    record RowContext(String indicator, String rowUnit, String captionUnit, int[] period, Integer docYear) {
        String span() {
            return period == null ? null : period[0] + "-" + period[1];
        }
    }

    static CellFigure of(Column col, CellValue v, RowContext row) {
        boolean rise = endsWithAny(row.indicator(), RISE);
        boolean fall = endsWithAny(row.indicator(), FALL);
        String levelUnit = first(v.unit(), row.rowUnit(), col.role() == Column.Role.GROWTH ? null : col.unit(),
                row.captionUnit());
        String kind = kind(col, row.period(), row.docYear());
        if (v.cumulative() || col.role() == Column.Role.CUMULATIVE) {
            if (rise || fall) {
                return signed(kind, "rate", first(v.unit(), row.rowUnit(), col.unit(), "%"), row.span(), v, fall);
            }
            if (levelUnit != null && Units.isPercent(Units.baseUnit(levelUnit))) {
                return signed(kind, "delta", "个百分点", row.span(), v, false); // 比重 28% → 35%, [7]: seven points
            }
            String measure = containsAny(row.indicator(), FLOW) ? "amount" : "delta";
            return signed(kind, measure, levelUnit == null ? "" : levelUnit, row.span(), v, false);
        }
        if (col.role() == Column.Role.GROWTH) {
            return signed(kind, "rate", first(v.unit(), col.unit(), "%"), row.span(), v, fall);
        }
        String unit = levelUnit == null ? "" : levelUnit;
        String year = year(col, row.period());
        boolean percent = unit.isEmpty() || Units.isPercent(Units.baseUnit(unit));
        if ((rise || fall) && percent) {
            return signed(kind, "rate", unit.isEmpty() ? "%" : unit, year, v, fall);
        }
        return signed(kind, percent || "‰".equals(unit) ? "share" : "amount", unit, year, v, false);
    }

    /** A column's own year; a measured column without one the year before the period, a planned one its last. */
    private static String year(Column col, int[] period) {
        Integer y = col.year();
        if (y == null && period != null) {
            y = col.role() == Column.Role.ACHIEVED ? period[0] - 1 : period[1];
        }
        return y == null ? null : String.valueOf(y);
    }

    /** A base-year column reports, a target-year column plans; a year before the plan period is a base year. */
    static String kind(Column col, int[] period, Integer docYear) {
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

    /** A fall is negative unless the cell already wrote its minus (−2). */
    private static CellFigure signed(String kind, String measure, String unit, String year, CellValue v, boolean fall) {
        double value = v.value() < 0 || !fall ? v.value() : -v.value();
        return new CellFigure(kind, measure, unit, year, value);
    }

    private static boolean endsWithAny(String s, List<String> words) {
        return words.stream().anyMatch(s::endsWith);
    }

    private static boolean containsAny(String s, List<String> words) {
        return words.stream().anyMatch(s::contains);
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
