package io.mubiao.documents;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the cells of the tables a reader found in the clean text, in order, so that each cell, row and caption
 * carries its offsets in {@link ReadDocument#text()} (the web page highlights the row a figure came from).
 */
final class TableLocator {
    /** A caption line: 表1 …, 附表 …, 专栏3 …, or a title naming indicators or targets (…主要指标, …目标任务一览表). */
    private static final Pattern CAPTION = Pattern.compile(
            "^(?:[附续]?表\\s*[0-9０-９一二三四五六七八九十]*|专栏\\s*[0-9０-９一二三四五六七八九十]*)[\\s　:：、.．]?.*"
                    + "|.*(?:指标|目标|一览表|情况表|统计表|计划表).{0,12}$");
    private static final int CAPTION_MAX = 80;

    private TableLocator() {
    }

    static List<DocumentTable> locate(String text, List<RawTable> tables) {
        List<DocumentTable> out = new ArrayList<>();
        int cursor = 0;
        for (RawTable t : tables) {
            DocumentTable located = locate(text, t, cursor);
            if (located != null) {
                out.add(located);
                cursor = located.rows().get(located.rows().size() - 1).end();
            }
        }
        return List.copyOf(out);
    }

    private static DocumentTable locate(String text, RawTable t, int from) {
        int cursor = from;
        int rowsN = t.grid().size();
        int cols = t.grid().get(0).size();
        DocumentTable.Cell[][] cells = new DocumentTable.Cell[rowsN][cols];
        int[][] rowSpan = new int[rowsN][];
        for (int r = 0; r < rowsN; r++) {
            int rs = -1;
            for (int c = 0; c < cols; c++) {
                RawTable.Cell raw = t.grid().get(r).get(c);
                if (raw.originRow() != r || raw.originCol() != c) {
                    continue;
                }
                String norm = normalize(raw.text());
                if (norm.isEmpty()) {
                    continue;
                }
                int at = text.indexOf(norm, cursor);
                if (at < 0 || r == 0 && c == 0 && at - cursor > 4000) {
                    return null; // the text no longer holds this table as read: leave it out rather than misplace it
                }
                cells[r][c] = new DocumentTable.Cell(norm, at, at + norm.length());
                cursor = at + norm.length();
                if (rs < 0) {
                    rs = at;
                }
            }
            if (rs >= 0) {
                int ls = text.lastIndexOf('\n', rs - 1) + 1;
                int le = text.indexOf('\n', cursor);
                rowSpan[r] = new int[] {ls, le < 0 ? text.length() : le};
            }
        }
        List<DocumentTable.Row> rows = new ArrayList<>();
        for (int r = 0; r < rowsN; r++) {
            int[] span = rowSpan[r] != null ? rowSpan[r] : nearest(rowSpan, r);
            if (span == null) {
                continue;
            }
            List<DocumentTable.Cell> row = new ArrayList<>(cols);
            for (int c = 0; c < cols; c++) {
                RawTable.Cell raw = t.grid().get(r).get(c);
                DocumentTable.Cell cell = cells[raw.originRow()][raw.originCol()];
                row.add(cell != null ? cell : new DocumentTable.Cell("", span[0], span[0]));
            }
            rows.add(new DocumentTable.Row(span[0], span[1], List.copyOf(row)));
        }
        if (rows.size() < 2) {
            return null;
        }
        int first = rows.get(0).start();
        int[] caption = caption(text, first);
        return caption == null
                ? new DocumentTable(null, -1, -1, List.copyOf(rows))
                : new DocumentTable(text.substring(caption[0], caption[1]), caption[0], caption[1], List.copyOf(rows));
    }

    /** A row with no text of its own (every cell spanned from above) takes the line of the row above. */
    private static int[] nearest(int[][] spans, int r) {
        for (int i = r - 1; i >= 0; i--) {
            if (spans[i] != null) {
                return spans[i];
            }
        }
        return null;
    }

    /** The caption: one of the two lines above the table that reads as one (表1 …主要指标; 专栏2 …). */
    private static int[] caption(String text, int tableStart) {
        int end = tableStart - 1;
        for (int i = 0; i < 2 && end > 0; i++) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty() && line.length() <= CAPTION_MAX && !line.endsWith("。") && CAPTION.matcher(line).matches()) {
                return new int[] {start, end};
            }
            end = start - 1;
        }
        return null;
    }

    /** A cell's text as it stands in the clean text: NFC, runs of spaces made one, trimmed. */
    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        return CleanText.SPACES.matcher(n).replaceAll(" ").strip();
    }
}
