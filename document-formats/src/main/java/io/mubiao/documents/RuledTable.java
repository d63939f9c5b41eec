package io.mubiao.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table on a PDF page: the box its rules draw around a line, and the characters of its lines put in the
 * cells the rules bound. Each row's cells are bounded by the vertical rules that cross that row, so a header cell
 * spanning two columns (目标值 over 2030年 | 年均增长) is one cell spanning both.
 */
final class RuledTable {
    private RuledTable() {
    }

    /** The ruled table whose box holds this line, or null. */
    static Box boxAt(List<PdfRules.Rule> rules, PdfReader.PdfLine line) {
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
        List<PdfRules.Rule> verticals = new ArrayList<>();
        for (PdfRules.Rule r : rules) {
            if (r.vertical() && r.x0() >= xs.get(0) - 1 && r.x0() <= xs.get(xs.size() - 1) + 1) {
                verticals.add(r);
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
        List<Float> all = new ArrayList<>();
        verticals.forEach(r -> all.add(r.x0()));
        return new Box(distinct(all), ys, verticals);
    }

    static List<Float> distinct(List<Float> values) {
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

    /** A cell of a ruled table's row and how many columns it spans (a header cell over two columns: 目标值). */
    record Spanned(String text, int span) {
    }

    /**
     * A ruled table: its column rules (x: every vertical rule of the box) and row rules (y); a line's characters
     * fall in its cells. A row's cells are bounded by the vertical rules that cross it: a header cell spanning two
     * columns has no rule between them.
     */
    record Box(List<Float> xs, List<Float> ys, List<PdfRules.Rule> verticals) {
        boolean holds(PdfReader.PdfLine line) {
            float mid = line.y() - line.charWidth() * 0.35f;
            return mid > ys.get(0) && mid < ys.get(ys.size() - 1) && line.x0() >= xs.get(0) - 2;
        }

        List<List<Spanned>> grid(List<PdfReader.PdfLine> lines) {
            int rows = ys.size() - 1;
            List<List<Float>> rowXs = new ArrayList<>(rows);
            List<List<List<float[]>>> cells = new ArrayList<>(); // per row, per row cell: (y, x, char) of each character
            for (int r = 0; r < rows; r++) {
                rowXs.add(rowRules(r));
                List<List<float[]>> row = new ArrayList<>();
                for (int c = 0; c + 1 < rowXs.get(r).size(); c++) {
                    row.add(new ArrayList<>());
                }
                cells.add(row);
            }
            for (PdfReader.PdfLine line : lines) {
                int r = band(ys, line.y() - line.charWidth() * 0.35f);
                String t = line.text();
                for (int k = 0; r >= 0 && k < t.length(); k++) {
                    List<Float> bounds = rowXs.get(r);
                    int last = bounds.size() - 2;
                    float x = line.xs()[k] + 0.5f;
                    // text set past the last rule (a table wider than the page) is still in the last column
                    int c = x >= bounds.get(last + 1) ? last : x < bounds.get(0) ? 0 : band(bounds, x);
                    cells.get(r).get(c).add(new float[] {line.y(), x, t.charAt(k)});
                }
            }
            List<List<Spanned>> out = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                List<Spanned> texts = new ArrayList<>();
                boolean any = false;
                for (int c = 0; c < cells.get(r).size(); c++) {
                    String text = cellText(cells.get(r).get(c));
                    any |= !text.isEmpty();
                    texts.add(new Spanned(text, columnsWithin(rowXs.get(r).get(c), rowXs.get(r).get(c + 1))));
                }
                if (any) {
                    out.add(texts);
                }
            }
            return out;
        }

        /** The vertical rules crossing row {@code r}: its cells' bounds. */
        private List<Float> rowRules(int r) {
            float mid = (ys.get(r) + ys.get(r + 1)) / 2;
            List<Float> x = new ArrayList<>();
            for (PdfRules.Rule v : verticals) {
                if (v.y0() <= mid && v.y1() >= mid) {
                    x.add(v.x0());
                }
            }
            List<Float> d = distinct(x);
            return d.size() >= 2 ? d : List.of(xs.get(0), xs.get(xs.size() - 1));
        }

        /** How many of the table's columns lie between two rules of a row. */
        private int columnsWithin(float from, float to) {
            int n = 0;
            for (int i = 0; i + 1 < xs.size(); i++) {
                if (xs.get(i) >= from - 1.5f && xs.get(i + 1) <= to + 1.5f) {
                    n++;
                }
            }
            return Math.max(1, n);
        }

        /** A cell's lines top to bottom, each left to right (PDFBox may interleave the lines of one row). */
        private static String cellText(List<float[]> chars) {
            chars.sort((a, b) -> Math.abs(a[0] - b[0]) > 1f ? Float.compare(a[0], b[0]) : Float.compare(a[1], b[1]));
            StringBuilder cell = new StringBuilder();
            for (int k = 0; k < chars.size(); k++) {
                char c = (char) chars.get(k)[2];
                if (c != ' ' || keepsSpace(chars, k)) {
                    cell.append(c);
                }
            }
            return cell.toString().strip();
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

    static RawTable toTable(List<List<Spanned>> grid) {
        RawTable.Builder b = new RawTable.Builder();
        for (int r = 0; r < grid.size(); r++) {
            for (Spanned cell : grid.get(r)) {
                b.add(r, cell.text(), 1, cell.span());
            }
        }
        return b.build();
    }
}
