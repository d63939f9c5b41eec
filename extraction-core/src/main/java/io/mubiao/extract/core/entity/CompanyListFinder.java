package io.mubiao.extract.core.entity;

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

    CompanyListFinder(CueLexicon cues) {
        this.companyWords = cues.set("company-list-nouns");
        this.frames = cues.set("frame-verbs");
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        String s = line.s;
        for (int i = s.indexOf('等'); i > 0; i = s.indexOf('等', i + 1)) {
            Unit deng = line.unitAt(i);
            if (deng.length() == 1 && closedByCompanies(line, i + 1)) {
                items(line, i, out);
            }
        }
    }

    /** Whether a company word ends a stretch of at most {@link #MAX_GAP} characters of one clause after {@code from}. */
    private boolean closedByCompanies(LineContext line, int from) {
        for (int k = line.unitIndexAt(Math.min(from, line.s.length() - 1)); k < line.units.size(); k++) {
            Unit u = line.unit(k);
            if (u.start() < from || u.start() - from > MAX_GAP || CLAUSE_END.indexOf(line.s.charAt(u.start())) >= 0) {
                return false;
            }
            if (companyWords.contains(line.text(u))) {
                return true;
            }
        }
        return false;
    }

    /** The items of the list that ends at {@code end}, right to left, up to the clause edge or a verb before it. */
    private void items(LineContext line, int end, List<Span> out) {
        int itemEnd = end;
        int k = line.unitIndexAt(end - 1);
        int itemStart = end;
        while (k >= 0) {
            Unit u = line.unit(k);
            String t = line.text(u);
            boolean sep = t.equals("、");
            boolean edge = CLAUSE_END.indexOf(t.charAt(0)) >= 0 || t.equals("“") || t.equals("”") || u.nature().equals("ul")
                    || u.nature().startsWith("v") && u.length() >= 2 || frames.contains(t) || u.nature().equals("p");
            if (sep || edge || itemEnd - u.start() > MAX_ITEM) {
                add(line, itemStart, itemEnd, out);
                if (!sep) {
                    return;
                }
                itemEnd = u.start();
                itemStart = itemEnd;
            } else {
                itemStart = u.start();
            }
            k--;
        }
        add(line, itemStart, itemEnd, out);
    }

    private static void add(LineContext line, int start, int end, List<Span> out) {
        if (end - start < 2 || !unknownName(line, start, end)) {
            return;
        }
        out.add(new Span(start, end, "ORG", line.s.substring(start, end), 0));
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
