package io.mubiao.extract.core.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Companies named by their short names in a list closed by 等 and a word for companies (牧原、宇通、华兰等一批龙头企业,
 * 诺和诺德、碧迪等重点外企). An item is taken only when the segmenter shows it is a word it does not know: a name tag
 * (宇通/nz) or a single character that is a bound morpheme or a name character (华/j 兰/j, 诺/ng 和 诺/ng 德/j); lists of
 * industries (钢铁、石化、有色等行业企业) and kinds (高新技术、专精特新等企业) are dictionary words and stay out.
 */
final class CompanyListFinder implements NameFinder {

    private static final int MAX_ITEM = 8;
    /** Characters between 等 and the company word (一批, 重点, 行业领军). */
    private static final int MAX_GAP = 8;
    private static final String CLAUSE_END = "，。；：！？（）()《》\t ";

    private final Set<String> companyWords;
    private final Set<String> frames;
    private final List<String> kinds;
    private final CompanyStemFinder stems;

    CompanyListFinder(CueLexicon cues) {
        this.stems = new CompanyStemFinder(cues);
        this.companyWords = cues.set("company-list-nouns");
        this.frames = cues.set("frame-verbs");
        this.kinds = cues.section("company-kinds");
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        String s = line.s;
        for (int i = s.indexOf('等'); i > 0; i = s.indexOf('等', i + 1)) {
            Unit deng = line.unitAt(i);
            if (deng.length() == 1) {
                items(line, i, closedByCompanies(line, i + 1), out);
            }
        }
    }

    /**
     * Whether a company word starts at a unit within {@link #MAX_GAP} characters of one clause after {@code from}. Read
     * on the characters, not the segmenter's words: it cuts 等央企业务 into 央 + 企业 + 务 and 民企 into 民 + 企.
     */
    private boolean closedByCompanies(LineContext line, int from) {
        String s = line.s;
        for (int p = from; p < s.length() && p - from <= MAX_GAP; p++) {
            if (CLAUSE_END.indexOf(s.charAt(p)) >= 0) {
                return false;
            }
            if (line.unitAt(p).start() != p) {
                continue;
            }
            for (String w : companyWords) {
                if (s.startsWith(w, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The items of the list that ends at {@code end}, right to left, up to the clause edge or a verb before it. When one
     * item is a known company (中芯国际), the list is one of companies and its dictionary words are too (曙光、海光、麒麟、
     * 飞腾、联想、中芯国际等头部企业); else an item needs the segmenter's mark of an unknown word. A list not closed by a
     * word for companies is one when an item is a company's short name (合源生物: {@link CompanyStemFinder}), and then
     * its brands are companies (华海清科、海光信息、安擎信息、合源生物、火眼位置等快速成长).
     */
    private void items(LineContext line, int end, boolean closed, List<Span> out) {
        List<int[]> items = new ArrayList<>();
        int itemEnd = end;
        int itemStart = end;
        for (int k = line.unitIndexAt(end - 1); k >= 0; k--) {
            Unit u = line.unit(k);
            String t = line.text(u);
            if (t.equals("、")) {
                items.add(new int[] {itemStart, itemEnd});
                itemEnd = u.start();
                itemStart = itemEnd;
                continue;
            }
            boolean wholeItem = u.end() == itemEnd && k > 0 && line.text(line.unit(k - 1)).equals("、") && itemEnd < end;
            boolean edge = CLAUSE_END.indexOf(t.charAt(0)) >= 0 || t.equals("“") || t.equals("”") || u.nature().equals("ul")
                    || u.nature().equals("p") || !wholeItem && (u.nature().startsWith("v") && u.length() >= 2 || frames.contains(t));
            if (edge || itemEnd - u.start() > MAX_ITEM) {
                break;
            }
            itemStart = u.start();
        }
        items.add(new int[] {itemStart, itemEnd});
        if (!closed && items.size() > 1 && items.stream().anyMatch(i -> stems.shortName(line, i[0], i[1]))) {
            for (int[] i : items) {
                if (i[1] - i[0] >= 2 && !line.unitAt(i[0]).named() && brand(line, i[0], i[1])) {
                    out.add(new Span(i[0], i[1], "ORG", line.s.substring(i[0], i[1]), 0));
                }
            }
            return;
        }
        boolean companies = closed && items.stream().anyMatch(i -> knownCompany(line, i[0], i[1]));
        for (int[] i : items) {
            if (closed && i[1] - i[0] >= 2 && (companies || unknownName(line, i[0], i[1]) || brand(line, i[0], i[1]))) {
                out.add(new Span(i[0], i[1], "ORG", line.s.substring(i[0], i[1]), 0));
            }
        }
    }

    /**
     * An item of two or more of the segmenter's words that names no kind of enterprise ({@code [company-kinds]}) is a
     * company's brand in a list closed by a word for companies (胖/东/来、蜜/雪/冰城、锅/圈/食/汇等一批新锐企业,
     * 天兵/科技、天章/卫星等商业航天企业); a kind is not (高新技术、专精特新等企业, 科技型中小企业). A single dictionary word
     * stays an industry (钢铁、石化等行业企业).
     */
    private boolean brand(LineContext line, int start, int end) {
        if (line.unitIndexAt(end - 1) == line.unitIndexAt(start)) {
            return false;
        }
        String item = line.s.substring(start, end);
        return kinds.stream().noneMatch(item::contains);
    }

    private static boolean knownCompany(LineContext line, int start, int end) {
        Unit u = line.unitAt(start);
        return u.start() == start && u.end() == end && u.isType("ORG");
    }

    /** A name tag, or a one-character bound morpheme or name character, among the units of [start, end). */
    private static boolean unknownName(LineContext line, int start, int end) {
        for (int k = line.unitIndexAt(start); k < line.units.size() && line.unit(k).start() < end; k++) {
            Unit u = line.unit(k);
            String nat = u.nature();
            if (u.named() || nat.equals("nz") || nat.startsWith("nt")
                    || u.length() == 1 && (nat.length() == 2 && nat.charAt(1) == 'g' || nat.equals("j") || nat.startsWith("nr"))) {
                return true;
            }
        }
        return false;
    }
}
