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
            List<int[]> own = new ArrayList<>(); // {col} of the cells that originate in this row, with text
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                RawTable.Cell raw = t.grid().get(r).get(c);
                String norm = normalize(raw.text());
                if (raw.originRow() == r && raw.originCol() == c && !norm.isEmpty()) {
                    own.add(new int[] {c});
                    texts.add(norm);
                }
            }
            if (own.isEmpty()) {
                continue;
            }
            // the row's cells stand on one line, in order: a first cell found elsewhere (指标 in the caption
            // 表1 主要指标) is passed over
            int[] at = null;
            int search = cursor;
            for (int tries = 0; tries < 20 && at == null; tries++) {
                int first = text.indexOf(texts.get(0), search);
                if (first < 0 || r == 0 && first - cursor > 4000) {
                    return null; // the text no longer holds this table as read: leave it out rather than misplace it
                }
                at = onOneLine(text, texts, first);
                search = first + 1;
            }
            if (at == null) {
                return null;
            }
            for (int k = 0; k < own.size(); k++) {
                int c = own.get(k)[0];
                cells[r][c] = new DocumentTable.Cell(texts.get(k), at[k], at[k] + texts.get(k).length());
            }
            cursor = at[own.size() - 1] + texts.get(own.size() - 1).length();
            int ls = text.lastIndexOf('\n', at[0] - 1) + 1;
            int le = text.indexOf('\n', cursor);
            rowSpan[r] = new int[] {ls, le < 0 ? text.length() : le};
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

    /** Where each of a row's cells stands, the first at {@code first}, all on its line in order; or null. */
    private static int[] onOneLine(String text, List<String> cells, int first) {
        int eol = text.indexOf('\n', first);
        if (eol < 0) {
            eol = text.length();
        }
        int[] at = new int[cells.size()];
        at[0] = first;
        int pos = first + cells.get(0).length();
        for (int k = 1; k < cells.size(); k++) {
            int i = text.indexOf(cells.get(k), pos);
            if (i < 0 || i + cells.get(k).length() > eol) {
                return null;
            }
            at[k] = i;
            pos = i + cells.get(k).length();
        }
        return at;
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
