package io.mubiao.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tables on PDF pages, ruled or not, found from where their text stands: a run of lines that each break into
 * segments at wide gaps, the segments of different lines standing in the same columns. Columns are the spans of
 * the page the body rows' segments cover; a line with text in a figure column starts a row, a line without
 * (a wrapped indicator, a category set between two rows) adds to the row above.
 */
final class PdfTables {
    static final Pattern NUMERIC = Pattern.compile(".*\\d.*");
    /** A header naming a year (2025年, 2028年目标, 2023年（基数）): digits, yet no figure of a body row. */
    static final Pattern YEAR_HEADING = Pattern.compile("[^\\d]*(?:19|20)\\d\\d\\s*年[^\\d]*");
    private static final int MIN_ROWS = 3;
    private static final int MAX_SINGLE_RUN = 2;

    /**
     * @param lines  the page lines with each table's lines replaced by one line per row
     * @param tables the tables' grids, in order
     */
    record Result(List<PdfReader.PdfLine> lines, List<RawTable> tables) {
    }

    private PdfTables() {
    }

    static Result find(List<PdfReader.PdfLine> lines, Map<Integer, List<PdfRules.Rule>> rules) {
        List<PdfReader.PdfLine> out = new ArrayList<>(lines.size());
        PdfTableRun found = new PdfTableRun(out, new ArrayList<>());
        List<RawTable> tables = found.tables();
        int i = 0;
        while (i < lines.size()) {
            PdfReader.PdfLine line = lines.get(i);
            RuledTable.Box box = RuledTable.boxAt(rules.getOrDefault(line.page(), List.of()), line);
            if (box != null) {
                int end = i;
                while (end < lines.size() && lines.get(end).page() == line.page() && box.holds(lines.get(end))) {
                    end++;
                }
                List<List<RuledTable.Spanned>> grid = box.grid(lines.subList(i, end));
                RawTable table = grid.size() >= 2 ? RuledTable.toTable(grid) : null;
                if (table != null) {
                    found.add(table);
                    for (int r = 0; r < grid.size(); r++) {
                        String text = String.join(" ", grid.get(r).stream().map(RuledTable.Spanned::text)
                                .filter(c -> !c.isEmpty()).toList());
                        out.add(lines.get(Math.min(i + r, end - 1)).asTableRow(text));
                    }
                    i = end;
                    continue;
                }
            }
            int end = regionEnd(lines, i);
            if (end < 0) {
                out.add(lines.get(i));
                i++;
                continue;
            }
            List<PdfReader.PdfLine> region = lines.subList(i, end);
            List<List<String>> grid = grid(region);
            RawTable table = grid == null ? null : toTable(grid);
            if (table == null) {
                out.addAll(region);
            } else {
                found.add(table);
                int r = 0;
                for (List<String> row : grid) {
                    String text = String.join(" ", row.stream().filter(c -> !c.isEmpty()).toList());
                    out.add(region.get(Math.min(r++, region.size() - 1)).asTableRow(text));
                }
            }
            i = end;
        }
        return new Result(out, tables);
    }


    /** The end (exclusive) of a table starting at line {@code i}, or -1 when none starts there. */
    private static int regionEnd(List<PdfReader.PdfLine> lines, int i) {
        if (lines.get(i).segments().size() < 2) {
            return -1;
        }
        int page = lines.get(i).page();
        int multi = 0;
        int lastMulti = i;
        int singles = 0;
        for (int j = i; j < lines.size() && lines.get(j).page() == page; j++) {
            if (lines.get(j).segments().size() >= 2) {
                multi++;
                lastMulti = j;
                singles = 0;
            } else if (++singles > MAX_SINGLE_RUN) {
                break;
            }
        }
        return multi >= MIN_ROWS ? lastMulti + 1 : -1;
    }

    /** The region's cells by row and column, or null when its segments form no columns. */
    private static List<List<String>> grid(List<PdfReader.PdfLine> region) {
        int firstBody = -1;
        for (int j = 0; j < region.size(); j++) {
            if (region.get(j).segments().size() >= 2 && region.get(j).segments().stream().skip(1)
                    .anyMatch(s -> NUMERIC.matcher(s.text()).matches() && !YEAR_HEADING.matcher(s.text()).matches())) {
                firstBody = j;
                break;
            }
        }
        long figureLines = region.stream().filter(l -> l.segments().size() >= 2
                && l.segments().stream().skip(1).anyMatch(x -> NUMERIC.matcher(x.text()).matches())).count();
        if (figureLines < 2) {
            return null; // aligned text without figures (a link list set with wide spaces) is no table
        }
        List<float[]> cols = columns(region, firstBody);
        if (cols.size() < 2) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        boolean[] figureColumn = new boolean[cols.size()];
        for (int j = Math.max(firstBody, 0); j < region.size(); j++) {
            for (PdfReader.Segment s : region.get(j).segments()) {
                int c = column(cols, s);
                if (c > 0 && NUMERIC.matcher(s.text()).matches()) {
                    figureColumn[c] = true;
                }
            }
        }
        for (int j = 0; j < region.size(); j++) {
            PdfReader.PdfLine line = region.get(j);
            String[] cells = new String[cols.size()];
            java.util.Arrays.fill(cells, "");
            boolean startsRow = line.segments().size() >= 2 || rows.isEmpty();
            for (PdfReader.Segment s : pieces(line, cols)) {
                int c = column(cols, s);
                cells[c] = cells[c].isEmpty() ? s.text().strip() : cells[c] + " " + s.text().strip();
                if (figureColumn[c]) {
                    startsRow = true;
                }
            }
            if (!startsRow) {
                List<String> above = rows.get(rows.size() - 1); // a wrapped cell or a category between rows
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        above.set(c, above.get(c) + cells[c]);
                    }
                }
                continue;
            }
            rows.add(new ArrayList<>(List.of(cells)));
        }
        return rows;
    }

    /**
     * The line's segments, a segment whose words stand in different columns split at its spaces: a header set
     * closer than a column gap (计量单位 2028年目标 over a unit column and a target column).
     */
    private static List<PdfReader.Segment> pieces(PdfReader.PdfLine line, List<float[]> cols) {
        List<PdfReader.Segment> out = new ArrayList<>();
        int from = 0;
        for (PdfReader.Segment s : line.segments()) {
            int at = line.text().indexOf(s.text(), from);
            if (at < 0 || s.text().indexOf(' ') < 0) {
                out.add(s);
                from = at < 0 ? from : at + s.text().length();
                continue;
            }
            from = at + s.text().length();
            List<PdfReader.Segment> words = new ArrayList<>();
            int k = 0;
            for (String w : s.text().split(" ")) {
                int i = s.text().indexOf(w, k);
                k = i + w.length();
                if (!w.isEmpty() && at + k - 1 < line.xs().length) {
                    words.add(new PdfReader.Segment(w, line.xs()[at + i], line.xs()[at + k - 1] + line.charWidth()));
                }
            }
            boolean spread = words.stream().mapToInt(w -> column(cols, w)).distinct().count() > 1;
            out.addAll(spread ? words : List.of(s));
        }
        return out;
    }

    /** Column spans: the union of the x-spans of the body lines' segments (header cells may span columns). */
    private static List<float[]> columns(List<PdfReader.PdfLine> region, int from) {
        List<float[]> spans = new ArrayList<>();
        for (int j = from; j < region.size(); j++) {
            for (PdfReader.Segment s : region.get(j).segments()) {
                spans.add(new float[] {s.x0(), s.x1()});
            }
        }
        spans.sort((a, b) -> Float.compare(a[0], b[0]));
        List<float[]> cols = new ArrayList<>();
        for (float[] s : spans) {
            float[] last = cols.isEmpty() ? null : cols.get(cols.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                cols.add(new float[] {s[0], s[1]});
            }
        }
        return cols;
    }

    /** The column a segment belongs to: the one its start falls in, else the last one starting before it. */
    private static int column(List<float[]> cols, PdfReader.Segment s) {
        int best = 0;
        for (int c = 0; c < cols.size(); c++) {
            if (cols.get(c)[0] <= s.x0() + 1f) {
                best = c;
            }
        }
        return best;
    }


    private static RawTable toTable(List<List<String>> grid) {
        RawTable.Builder b = new RawTable.Builder();
        for (int r = 0; r < grid.size(); r++) {
            for (String cell : grid.get(r)) {
                b.add(r, cell, 1, 1);
            }
        }
        return b.build();
    }
}
