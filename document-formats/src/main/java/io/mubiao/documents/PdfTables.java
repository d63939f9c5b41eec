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
    private static final Pattern NUMERIC = Pattern.compile(".*\\d.*");
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
        List<RawTable> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            PdfReader.PdfLine line = lines.get(i);
            Box box = boxAt(rules.getOrDefault(line.page(), List.of()), line);
            if (box != null) {
                int end = i;
                while (end < lines.size() && lines.get(end).page() == line.page() && box.holds(lines.get(end))) {
                    end++;
                }
                List<List<String>> grid = box.grid(lines.subList(i, end));
                RawTable table = grid.size() >= 2 ? toTable(grid) : null;
                if (table != null) {
                    tables.add(table);
                    for (int r = 0; r < grid.size(); r++) {
                        String text = String.join(" ", grid.get(r).stream().filter(c -> !c.isEmpty()).toList());
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
                tables.add(table);
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
            if (region.get(j).segments().size() >= 2
                    && region.get(j).segments().stream().skip(1).anyMatch(s -> NUMERIC.matcher(s.text()).matches())) {
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
            for (PdfReader.Segment s : line.segments()) {
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

    /** The ruled table whose box holds this line, or null. */
    private static Box boxAt(List<PdfRules.Rule> rules, PdfReader.PdfLine line) {
        float mid = line.y() - line.charWidth() * 0.35f;
        List<Float> xs = new ArrayList<>();
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (PdfRules.Rule r : rules) {
            if (r.vertical() && r.y0() <= mid && r.y1() >= mid) {
                xs.add(r.x0());
            }
        }
        xs = distinct(xs);
        if (xs.size() < 3) {
            return null;
        }
        // the box: the vertical rules' full extent where they cross this line, and the horizontal rules across it
        for (PdfRules.Rule r : rules) {
            if (r.vertical() && r.x0() >= xs.get(0) - 1 && r.x0() <= xs.get(xs.size() - 1) + 1) {
                top = Math.min(top, r.y0());
                bottom = Math.max(bottom, r.y1());
            }
        }
        List<Float> ys = new ArrayList<>();
        for (PdfRules.Rule r : rules) {
            if (!r.vertical() && r.y0() >= top - 1 && r.y0() <= bottom + 1 && r.x1() > xs.get(0) + 1 && r.x0() < xs.get(xs.size() - 1) - 1) {
                ys.add(r.y0());
            }
        }
        ys = distinct(ys);
        if (ys.size() < 3) {
            return null;
        }
        return new Box(xs, ys);
    }

    private static List<Float> distinct(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (float v : sorted) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > 1.5f) {
                out.add(v);
            }
        }
        return out;
    }

    /** A ruled table: its column rules (x) and row rules (y); a line's characters fall in its cells. */
    private record Box(List<Float> xs, List<Float> ys) {
        boolean holds(PdfReader.PdfLine line) {
            float mid = line.y() - line.charWidth() * 0.35f;
            return mid > ys.get(0) && mid < ys.get(ys.size() - 1) && line.x0() >= xs.get(0) - 2;
        }

        List<List<String>> grid(List<PdfReader.PdfLine> lines) {
            int cols = xs.size() - 1;
            int rows = ys.size() - 1;
            List<List<List<float[]>>> cells = new ArrayList<>(); // per row, per column: (y, x, char) of each character
            for (int r = 0; r < rows; r++) {
                List<List<float[]>> row = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    row.add(new ArrayList<>());
                }
                cells.add(row);
            }
            for (PdfReader.PdfLine line : lines) {
                int r = band(ys, line.y() - line.charWidth() * 0.35f);
                String t = line.text();
                for (int k = 0; r >= 0 && k < t.length(); k++) {
                    float x = line.xs()[k] + 0.5f;
                    // text set past the last rule (a table wider than the page) is still in the last column
                    int c = x >= xs.get(cols) ? cols - 1 : x < xs.get(0) ? 0 : band(xs, x);
                    cells.get(r).get(c).add(new float[] {line.y(), x, t.charAt(k)});
                }
            }
            List<List<String>> out = new ArrayList<>();
            for (List<List<float[]>> row : cells) {
                List<String> texts = new ArrayList<>(cols);
                boolean any = false;
                for (List<float[]> chars : row) {
                    // a cell's lines top to bottom, each left to right (PDFBox may interleave the lines of one row)
                    chars.sort((a, b) -> Math.abs(a[0] - b[0]) > 1f ? Float.compare(a[0], b[0]) : Float.compare(a[1], b[1]));
                    StringBuilder cell = new StringBuilder();
                    for (int k = 0; k < chars.size(); k++) {
                        char c = (char) chars.get(k)[2];
                        if (c != ' ' || keepsSpace(chars, k)) {
                            cell.append(c);
                        }
                    }
                    String text = cell.toString().strip();
                    any |= !text.isEmpty();
                    texts.add(text);
                }
                if (any) {
                    out.add(texts);
                }
            }
            return out;
        }

        /** A space inside a cell stays between two Latin words of one line; a cell's wrapped lines join without. */
        private static boolean keepsSpace(List<float[]> chars, int k) {
            if (k == 0 || k + 1 >= chars.size()) {
                return false;
            }
            float[] a = chars.get(k - 1);
            float[] b = chars.get(k + 1);
            return a[0] == chars.get(k)[0] && b[0] == chars.get(k)[0] && latin((char) a[2]) && latin((char) b[2])
                    && !(Character.isDigit((char) a[2]) && Character.isDigit((char) b[2])); // 202 5年: one number
        }

        private static boolean latin(char c) {
            return c < 0x80 && Character.isLetterOrDigit(c);
        }

        private static int band(List<Float> bounds, float v) {
            for (int i = 0; i + 1 < bounds.size(); i++) {
                if (v >= bounds.get(i) && v < bounds.get(i + 1)) {
                    return i;
                }
            }
            return -1;
        }
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
