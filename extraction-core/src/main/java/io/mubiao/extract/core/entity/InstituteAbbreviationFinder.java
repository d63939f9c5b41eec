package io.mubiao.extract.core.entity;

import java.util.List;

/**
 * An institute by its short name: three to five characters ending in 院 or 所 that the segmenter leaves as a character
 * of its own (it knows no word there), standing as a whole item of a list: 北化院、石科院等, 工生所、天大前沿院、华熙生物.
 * Not before a verb: 所 + verb is the particle (民生所盼, 民心所向) and 府院联动 a phrase. The characters before the ending are content words (nouns, verbs, bound morphemes,
 * abbreviations), not a count or a pronoun (一所, 这所); words the dictionary knows (科研院所, 派出所, 法院, 研究院) are
 * one unit and never match.
 */
final class InstituteAbbreviationFinder implements NameFinder {

    private static final int MIN = 3;
    private static final int MAX = 5;
    private static final String LEFT_EDGES = "、，。；：（(“ ";
    private static final String RIGHT_EDGES = "、，。；：）)” ";

    @Override
    public void find(LineContext line, List<Span> out) {
        for (int k = 1; k < line.units.size(); k++) {
            Unit end = line.unit(k);
            char c = line.s.charAt(end.start());
            if (end.length() != 1 || end.named() || c != '院' && c != '所' || !rightEdge(line, k)) {
                continue;
            }
            int j = k - 1;
            while (j >= 0 && end.end() - line.unit(j).start() <= MAX && content(line.unit(j))) {
                j--;
            }
            int start = line.unit(j + 1).start();
            int len = end.end() - start;
            if (j + 1 < k && len >= MIN && len <= MAX && leftEdge(line, j)) {
                out.add(new Span(start, end.end(), "ORG", line.s.substring(start, end.end()), 0));
            }
        }
    }

    private static boolean content(Unit u) {
        String nat = u.nature();
        // a verb of two characters is the clause's (深化|府院、府检联动); one character of a verb is a stem (北 化 院)
        return !u.named() && (nat.startsWith("n") && !nat.equals("nx") || nat.equals("vn") || nat.startsWith("v") && u.length() == 1
                || nat.equals("f") || nat.equals("s")
                || nat.equals("j") || nat.endsWith("g") && nat.length() == 2);
    }

    private static boolean leftEdge(LineContext line, int j) {
        if (j < 0) {
            return true;
        }
        String t = line.text(line.unit(j));
        return LEFT_EDGES.contains(t) || t.equals("和") || t.equals("与");
    }

    private static boolean rightEdge(LineContext line, int k) {
        if (k + 1 >= line.units.size()) {
            return true;
        }
        Unit n = line.unit(k + 1);
        String t = line.text(n);
        return RIGHT_EDGES.contains(t) || t.equals("等") || t.equals("和") || t.equals("与");
    }
}
