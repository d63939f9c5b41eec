package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.Map;

/**
 * Composite abbreviations of cities (苏锡常, 宁镇扬, 郑洛, 焦济洛平): two to five one-character city abbreviations
 * ({@code [city-initials]}) that the segmenter leaves as single characters or abbreviations (j), in a list closed by a
 * word of regional cooperation or of a line ({@code [place-combo-after]}): 推动苏锡常、宁镇扬等融合发展 → LOCATION,
 * 加快平漯周、焦济洛平等高铁项目 → FACILITY. The closing word is needed: 产城、城乡协同发展 are common words.
 */
final class PlaceComboFinder implements NameFinder {

    private static final int MAX_GAP = 4;

    private final String initials;
    private final Map<String, String> closers;

    PlaceComboFinder(CueLexicon cues) {
        this.initials = cues.section("city-initials").get(0);
        this.closers = cues.map("place-combo-after");
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        String s = line.s;
        for (Map.Entry<String, String> c : closers.entrySet()) {
            for (int i = s.indexOf(c.getKey()); i > 1; i = s.indexOf(c.getKey(), i + 1)) {
                int end = listEnd(s, i);
                if (end > 0) {
                    // 盐泰锡常宜高铁: a line's head right after the last item is part of its name
                    int tail = end == i && c.getValue().equals("FACILITY") ? c.getKey().length() : 0;
                    items(line, end, tail, c.getValue(), out);
                }
            }
        }
    }

    /** The end of the list before the closing word at {@code closer}: right before it, or at 等 a few words before. */
    private static int listEnd(String s, int closer) {
        for (int k = closer - 1; k >= 0 && closer - k <= MAX_GAP + 1; k--) {
            char c = s.charAt(k);
            if (c == '等') {
                return k;
            }
            if ("，。；：、".indexOf(c) >= 0) {
                break;
            }
        }
        return closer;
    }

    /** Each item of the 、-list ending at {@code end} (back to the clause edge) whose end is a run of abbreviations. */
    private void items(LineContext line, int end, int tail, String type, List<Span> out) {
        String s = line.s;
        int itemEnd = end;
        for (int k = end - 1; k >= -1 && end - k <= 40; k--) {
            char c = k < 0 ? '，' : s.charAt(k);
            if (c == '、' || "，。；：！？（）“”".indexOf(c) >= 0) {
                run(line, k + 1, itemEnd, itemEnd == end ? tail : 0, type, out);
                if (c != '、') {
                    return;
                }
                itemEnd = k;
            }
        }
    }

    /** The run of abbreviations that ends the item [from, to), when it is the whole item or follows a verb. */
    private void run(LineContext line, int from, int to, int tail, String type, List<Span> out) {
        String s = line.s;
        int start = to;
        while (start > from && to - start < 5 && initials.indexOf(s.charAt(start - 1)) >= 0) {
            start--;
        }
        if (to - start >= 2 && (start == from || frameBefore(line, start)) && cutByTheSegmenter(line, start, to)) {
            out.add(new Span(start, to + tail, type, s.substring(start, to + tail), 1));
        }
    }

    /** 推动|苏锡常: the item starts right after a verb of two or more characters. */
    private static boolean frameBefore(LineContext line, int start) {
        Unit u = line.unitAt(start - 1);
        return u.end() == start && u.length() >= 2 && u.nature().startsWith("v");
    }

    /** The run is no dictionary word: single characters, abbreviations (j) or gazetteer places only (京津|塘). */
    private static boolean cutByTheSegmenter(LineContext line, int start, int end) {
        for (int k = line.unitIndexAt(start); k < line.units.size() && line.unit(k).start() < end; k++) {
            Unit u = line.unit(k);
            if (u.start() < start || u.end() > end) {
                return false;
            }
            if (u.length() > 1 && !u.nature().equals("j") && !u.isType("LOCATION")) {
                return false;
            }
        }
        return true;
    }
}
