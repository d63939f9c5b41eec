package io.mubiao.extract.core.entity;

import java.util.List;

/**
 * Associations, alliances and societies are named by their field ({@code [association-heads]}: 协会, 联盟, 学会 …):
 * 依托|空间信息产业协会, 发挥各级|关爱退役军人协会作用, 打造|长三角大科学装置联盟. The field is a run of nouns, verbs used as
 * nouns, abbreviations, places one-character adjectives and words the segmenter does not know (徽/ng 派/v) of four characters or more, without a
 * verb: a field of
 * two or three characters is a kind (行业协会, 产业联盟), and a verb ends it (科技|创新|联盟 is no name).
 */
final class AssociationFinder implements NameFinder {

    private static final int MIN_FIELD = 4;
    private static final int MAX_FIELD = 12;

    private final List<String> heads;

    AssociationFinder(CueLexicon cues) {
        this.heads = cues.section("association-heads");
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        for (int k = 1; k < line.units.size(); k++) {
            Unit u = line.unit(k);
            String t = line.text(u);
            if (u.named() || !heads.contains(t)) {
                continue;
            }
            int j = k - 1;
            while (j >= 0 && u.start() - line.unit(j).start() <= MAX_FIELD && !heads.contains(line.text(line.unit(j)))) {
                if (field(line.unit(j))) { // not 行业协会|商会: two kinds, no field
                    j--;
                } else if (j > 0 && unknownWord(line.unit(j - 1), line.unit(j))) {
                    j -= 2; // 徽/ng 派/v: a word the segmenter does not know
                } else {
                    break;
                }
            }
            int start = line.unit(j + 1).start();
            if (u.start() - start >= MIN_FIELD && k - j > 2 && (j < 0 || !heads.contains(line.text(line.unit(j))))) {
                out.add(new Span(start, u.end(), "ORG", line.s.substring(start, u.end()), 2));
            }
        }
    }

    private static boolean unknownWord(Unit a, Unit b) {
        return !a.named() && !b.named() && a.length() == 1 && b.length() == 1 && a.nature().length() == 2 && a.nature().endsWith("g");
    }

    private static boolean field(Unit u) {
        if (u.named()) {
            return u.isType("LOCATION");
        }
        String nat = u.nature();
        return nat.startsWith("n") && !nat.equals("nx") || nat.equals("vn") || nat.equals("j") || nat.equals("b")
                || nat.equals("a") && u.length() == 1 || nat.equals("s");
    }
}
