package io.mubiao.extract.core.table;

import io.mubiao.extract.core.TimeCues;
import io.mubiao.extract.core.TimeScope;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan period a table's figures run over (the year of an annual-growth or a [ ] cumulative cell): the
 * caption's plan (“十四五” → 2021-2025) or span (2024—2026年), else the document's own, else the year columns
 * (a base year 2023 and target years to 2026 → 2024-2026).
 */
final class PlanPeriod {
    private static final Pattern SPAN = Pattern.compile("((?:19|20)\\d\\d)\\s*[-—–~～至]\\s*((?:19|20)\\d\\d)年?");

    private PlanPeriod() {
    }

    /** {first year, last year}, or null when nothing tells. */
    static int[] of(String caption, List<Column> columns, Integer docYear, TimeScope docScope) {
        if (caption != null) {
            int[] p = TimeCues.planPeriod(caption);
            if (p != null) {
                return p;
            }
            Matcher m = SPAN.matcher(caption);
            if (m.find()) {
                return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
            }
        }
        if (docScope != null && docScope.from() != null && docScope.to() != null && docScope.isSpan()) {
            return new int[] {docScope.from(), docScope.to()};
        }
        return fromYearColumns(columns, docYear);
    }

    /** The year after the latest base year to the latest target year. */
    private static int[] fromYearColumns(List<Column> columns, Integer docYear) {
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
        return base != null && end != null && end > base ? new int[] {base + 1, end} : null;
    }
}
