package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.Set;

/**
 * Roads, highways and parks named in a list closed by 等 and the kind of work (`[works-list-kinds]`): 维修改造机场大道、
 * 友谊路等58条重要道路, 加快京津塘、津沧、兴港等高速公路建设, 建设开放元宝岛等公园 → FACILITY. An item is the run of
 * name-like words at its end (the clause's verb before the first one is left out: 维修改造|机场大道); an item holding a
 * verb (沪昆扩容), a section (岚皋至陕渝界) or only a place name (长征、黄河、长江等国家文化公园: the places of a shared
 * head) is not taken.
 */
final class WorksListFinder implements NameFinder {

    private static final int MAX_ITEM = 8;
    /** Characters between 等 and the kind (58条重要, 13座城市). */
    private static final int MAX_GAP = 6;
    private static final String CLAUSE_END = "，。；：！？（）()《》“”";

    private final Set<String> kinds;

    WorksListFinder(CueLexicon cues) {
        this.kinds = cues.set("works-list-kinds");
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        String s = line.s;
        for (int i = s.indexOf('等'); i > 0; i = s.indexOf('等', i + 1)) {
            if (line.unitAt(i).length() == 1 && closedByKind(line, i + 1)) {
                items(line, i, out);
            }
        }
    }

    /**
     * Whether the kind follows 等 with at most a count and adjectives between (等58条重要道路, 等7条高速公路); not after
     * nouns, which make the kind a shared head (长征、黄河、长江等国家文化公园).
     */
    private boolean closedByKind(LineContext line, int from) {
        for (int k = line.unitIndexAt(Math.min(from, line.s.length() - 1)); k < line.units.size(); k++) {
            Unit u = line.unit(k);
            if (u.start() < from || u.start() - from > MAX_GAP || CLAUSE_END.indexOf(line.s.charAt(u.start())) >= 0) {
                return false;
            }
            if (kinds.contains(line.text(u))) {
                return true;
            }
            String nat = u.nature();
            if (!nat.equals("m") && !nat.equals("q") && !nat.equals("a") && !nat.equals("b")) {
                return false;
            }
        }
        return false;
    }

    /** The items before 等 at {@code end}, right to left, each separated by 、 or 和. */
    private static void items(LineContext line, int end, List<Span> out) {
        int k = line.unitIndexAt(end) - 1;
        while (k >= 0) {
            int itemEnd = line.unit(k).end();
            int start = itemEnd;
            while (k >= 0 && nameLike(line.unit(k)) && itemEnd - line.unit(k).start() <= MAX_ITEM) {
                start = line.unit(k--).start();
            }
            if (k >= 0 && !separator(line, line.unit(k)) && betweenSeparators(line, k, end)) {
                // a whole item between 、 is a name whatever tags HanLP gives its characters (兴/v 港/j, 九/m 绵/vg)
                while (k >= 0 && !separator(line, line.unit(k)) && inItem(line.unit(k)) && itemEnd - line.unit(k).start() <= MAX_ITEM) {
                    start = line.unit(k--).start();
                }
            }
            boolean whole = k < 0 || separator(line, line.unit(k));
            if (itemEnd - start >= 2 && !placeOnly(line, start, itemEnd) && (whole || line.unit(k).nature().startsWith("v"))) {
                out.add(new Span(start, itemEnd, "FACILITY", line.s.substring(start, itemEnd), 1));
            }
            if (k < 0 || !separator(line, line.unit(k))) {
                return; // the first item ends the list (维修改造|机场大道)
            }
            k--;
        }
    }

    /** Whether a separator opens the item that unit k is in (the item is not the list's first). */
    private static boolean betweenSeparators(LineContext line, int k, int end) {
        for (int j = k; j >= 0 && end - line.unit(j).start() <= 3 * MAX_ITEM; j--) {
            Unit u = line.unit(j);
            if (separator(line, u)) {
                return true;
            }
            if (!inItem(u)) {
                return false;
            }
        }
        return false;
    }

    /** Any character but punctuation and function words, and no verb of two or more characters (沪昆|扩容). */
    private static boolean inItem(Unit u) {
        String nat = u.nature();
        return !LineContext.hardStop(nat) && !(nat.startsWith("v") && u.length() >= 2);
    }

    private static boolean nameLike(Unit u) {
        String nat = u.nature();
        return u.named() && !u.isType("PERSON") || !u.named() && LineContext.nameLike(nat) && !nat.equals("m") && !nat.equals("q")
                && !nat.equals("vn") || u.length() == 1 && (nat.equals("a") || nat.length() == 2 && nat.charAt(1) == 'g'); // 复/dg 康/ag 路
    }

    private static boolean separator(LineContext line, Unit u) {
        String t = line.text(u);
        return t.equals("、") || t.equals("和");
    }

    /** 长征、黄河、长江等国家文化公园: an item that is a place alone names the place of a shared head, no work. */
    private static boolean placeOnly(LineContext line, int start, int end) {
        Unit u = line.unitAt(start);
        return u.start() == start && u.end() == end && (u.isType("LOCATION") || u.nature().startsWith("ns"));
    }
}
