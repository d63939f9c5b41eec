package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.Set;

/**
 * A company's short name: a two-character stem the segmenter does not know, then a trade word
 * ({@code [company-trades]}: 生物, 信息, 科技, 动力, 集团 …): 华/j 熙/nz|生物, 瑞/ag 普/ag|生物, 费/v 曼/ag|动力,
 * 苏/j 豪/ag|集团; a company the gazetteer knows is a stem too (京东|消费金融, 一汽丰田|销售). The stem is two one-character units of which at least one is a bound morpheme, an abbreviation or
 * a name character (ng, ag, vg, tg, j, nr, nz), or one name word (nz); a stem the dictionary knows is a common noun
 * (海洋生物, 合成生物, 数字科技: no name). The stem opens the clause or follows a verb, a preposition or punctuation,
 * so no longer name is cut (诺和|诺德制药 is no stem after 和).
 */
final class CompanyStemFinder implements NameFinder {

    private static final Set<String> BOUND = Set.of("ng", "ag", "vg", "tg", "dg", "j", "nr", "nrf", "nz");

    private final List<String> trades;

    CompanyStemFinder(CueLexicon cues) {
        this.trades = cues.section("company-trades");
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        for (int idx = 0; idx < line.units.size(); idx++) {
            int end = tradeEnd(line, idx);
            if (end > 0 && edgeBefore(line, idx)) {
                int start = line.unit(idx).start();
                out.add(new Span(start, end, "ORG", line.s.substring(start, end), 0));
            }
        }
    }

    /** Whether [start, end) is a company's short name: a stem that opens there and a trade that ends there. */
    boolean shortName(LineContext line, int start, int end) {
        int idx = line.unitIndexAt(start);
        return line.unit(idx).start() == start && tradeEnd(line, idx) == end;
    }

    /** The end of the trade word after a stem that starts at unit {@code idx}, or -1. */
    private int tradeEnd(LineContext line, int idx) {
        int stemEnd = stemEnd(line, idx);
        if (stemEnd < 0) {
            return -1;
        }
        boolean known = line.unit(idx).named();
        for (String t : trades) {
            if (known && t.equals("科技")) {
                continue; // after a known body 科技 opens a compound (深交所|科技成果与知识产权交易中心)
            }
            int end = stemEnd + t.length();
            if (line.s.startsWith(t, stemEnd) && (end == line.length() || line.unitAt(end).start() == end)
                    && line.unitAt(stemEnd).start() == stemEnd) {
                return end;
            }
        }
        return -1;
    }

    /** The end of an unknown two-character stem that starts at unit {@code idx}, or -1. */
    private static int stemEnd(LineContext line, int idx) {
        Unit a = line.unit(idx);
        if (a.named()) { // a company the gazetteer knows opens its subsidiary's name (京东|消费金融, 一汽丰田|销售)
            return a.isType("ORG") && a.entry().kind() == Gazetteer.Kind.NAME ? a.end() : -1;
        }
        if (a.length() == 2 && a.nature().equals("nz")) {
            return a.end();
        }
        if (a.length() != 1 || idx + 1 >= line.units.size() || !han(line.s.charAt(a.start()))) {
            return -1;
        }
        Unit b = line.unit(idx + 1);
        if (b.named() || b.length() != 1 || !han(line.s.charAt(b.start())) || LineContext.hardStop(a.nature())
                || LineContext.hardStop(b.nature()) || a.nature().equals("m") || b.nature().equals("m")) {
            return -1;
        }
        return BOUND.contains(a.nature()) || BOUND.contains(b.nature()) ? b.end() : -1;
    }

    private static boolean edgeBefore(LineContext line, int idx) {
        if (idx == 0) {
            return true;
        }
        Unit p = line.unit(idx - 1);
        String nat = p.nature();
        return !p.named() && (nat.equals("w") || nat.startsWith("v") && p.length() >= 2 || nat.equals("p") || nat.startsWith("u"));
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
