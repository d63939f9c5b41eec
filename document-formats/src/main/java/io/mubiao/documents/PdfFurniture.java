package io.mubiao.documents;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Running headers and footers of a PDF: a line among the first or last two of a page whose text, digits aside,
 * stands there on at least half the pages (政府工作报告 at the top, — 3 — or 第3页 共10页 at the bottom).
 */
final class PdfFurniture {
    private static final int EDGE_LINES = 2;

    private PdfFurniture() {
    }

    /** The indexes of the lines that are running headers or footers. */
    static Set<Integer> find(List<PdfReader.PdfLine> lines) {
        Map<Integer, int[]> pageRange = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int p = lines.get(i).page();
            int idx = i;
            pageRange.computeIfAbsent(p, k -> new int[] {idx, idx})[1] = i;
        }
        int pages = pageRange.size();
        Set<Integer> out = new HashSet<>();
        if (pages < 2) {
            return out;
        }
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        for (Map.Entry<Integer, int[]> e : pageRange.entrySet()) {
            for (int i : edges(e.getValue())) {
                pagesOf.computeIfAbsent(key(lines.get(i).text()), k -> new HashSet<>()).add(e.getKey());
            }
        }
        for (int[] range : pageRange.values()) {
            for (int i : edges(range)) {
                String k = key(lines.get(i).text());
                if (!k.isEmpty() && pagesOf.get(k).size() * 2 >= pages && pagesOf.get(k).size() >= 2) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    private static Set<Integer> edges(int[] range) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < EDGE_LINES && range[0] + i <= range[1]; i++) {
            out.add(range[0] + i);
            out.add(range[1] - i);
        }
        return out;
    }

    /** A line's text with its digits as one sign and no spaces: — 3 — and — 4 — are the same footer. */
    private static String key(String text) {
        return text.replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }
}
