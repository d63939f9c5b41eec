package io.mubiao.extract.core.entity;

import java.util.List;

/**
 * Regions named by a place and a region head ({@code [region-heads]}: 都市圈, 城市群, 经济区, 库区, 平原, 大地, 流域):
 * 郑州都市圈, 扬子江城市群, 丹江口库区, 豫东平原, 中原大地, 黄河流域 → LOCATION. The place is a gazetteer place or a word
 * the segmenter knows as a place or locality (扬子江/ns, 豫东/s, 江淮/j), right before the head or before one or two
 * two-character nouns that describe the region (江淮|生态|经济区, 长江|中游|城市群, 成都|平原|经济区). Without a place
 * the head is a common noun (加快城市群, 重点流域, 全流域). A region wins over a zone of the same text (经济区 is also
 * a facility head), hence the frame tier.
 */
final class RegionHeadFinder implements NameFinder {

    /** Describing nouns allowed between the place and the head. */
    private static final int MAX_DESCRIBERS = 2;

    private final List<String> heads;

    RegionHeadFinder(CueLexicon cues) {
        this.heads = cues.section("region-heads");
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        String s = line.s;
        for (int idx = 1; idx < line.units.size(); idx++) {
            int st = line.unit(idx).start();
            for (String h : heads) {
                if (!s.startsWith(h, st) || !endsAtUnit(line, st + h.length())) {
                    continue;
                }
                int start = placeStart(line, idx - 1);
                if (start >= 0 && !(h.equals("大地") && adminDivision(line.unitAt(start)))) {
                    out.add(new Span(start, st + h.length(), "LOCATION", s.substring(start, st + h.length()), 3));
                }
            }
        }
    }

    /**
     * 大地 after a province or city is a figure of speech on the place's name (奋力谱写江苏大地…: the place is the
     * mention, as in a slogan); after a region that is no division it names the region (中原大地, 齐鲁大地).
     */
    private static boolean adminDivision(Unit place) {
        String c = place.named() ? place.entry().canonical() : "";
        return !c.isEmpty() && !c.endsWith("地区") && LineContext.ADMIN_CHARS.indexOf(c.charAt(c.length() - 1)) >= 0;
    }

    private static boolean endsAtUnit(LineContext line, int end) {
        return end <= line.length() && (end == line.length() || line.unitAt(end).start() == end);
    }

    /** The start of the place the region belongs to, walking left from unit {@code k} over describing nouns, or -1. */
    private static int placeStart(LineContext line, int k) {
        for (int describers = 0; k >= 0; k--) {
            Unit u = line.unit(k);
            if (place(line, u)) {
                return u.start();
            }
            String nat = u.nature();
            if (u.named() || u.length() != 2 || !(nat.equals("n") || nat.equals("f") || nat.equals("b"))
                    || ++describers > MAX_DESCRIBERS) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean place(LineContext line, Unit u) {
        if (u.named()) {
            return u.isType("LOCATION");
        }
        String nat = u.nature();
        return u.length() >= 2 && (nat.startsWith("ns") || nat.equals("s") || nat.equals("j") && !counted(line, u));
    }

    /** An abbreviation that opens with a numeral counts, it does not place (长江|四大|流域). */
    private static boolean counted(LineContext line, Unit u) {
        return "一二三四五六七八九十两百千万".indexOf(line.s.charAt(u.start())) >= 0;
    }
}
