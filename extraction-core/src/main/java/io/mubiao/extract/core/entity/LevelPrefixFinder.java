package io.mubiao.extract.core.entity;

import java.util.List;

/**
 * An organisation of the document's own province or city, named by its level alone: 省 or 市, standing as a word of its
 * own after a clause edge or a verb, then a name that ends with an organisation head (HeadWords, type ORG):
 * 推动|省产业技术研究院, 组建|省国金投资集团, 成立|市空间信息产业专家委员会. The level is the anchor a head such as
 * 研究院 or 集团 needs (the name is the province's, as 省委 is). Departments with such a prefix are
 * {@link DepartmentFinder}'s (市发展改革委): this finder's spans have the guess tier and lose a tie.
 */
final class LevelPrefixFinder implements NameFinder {

    private static final String LEVELS = "省市";
    /** The longest stretch from the level to the end of the head. */
    private static final int MAX_NAME = 16;

    private final HeadWords heads;

    LevelPrefixFinder(HeadWords heads) {
        this.heads = heads;
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        for (int idx = 0; idx + 1 < line.units.size(); idx++) {
            Unit u = line.unit(idx);
            if (u.length() == 1 && !u.named() && LEVELS.indexOf(line.s.charAt(u.start())) >= 0 && edgeBefore(line, idx)) {
                int end = headEnd(line, idx + 1);
                if (end > 0 && !wingAfter(line.s, end)) {
                    out.add(new Span(u.start(), end, "ORG", line.s.substring(u.start(), end), 0));
                }
            }
        }
    }

    /** 省文物考古研究院新院: a new wing or campus after the name makes it a building, the facility's, not the body. */
    private static boolean wingAfter(String s, int end) {
        return s.startsWith("新院", end) || s.startsWith("新馆", end) || s.startsWith("院区", end);
    }

    /** The level stands after the line start, punctuation, a verb, a preposition or a conjunction (推动|省…, 和|市…). */
    private static boolean edgeBefore(LineContext line, int idx) {
        if (idx == 0) {
            return true;
        }
        Unit p = line.unit(idx - 1);
        String nat = p.nature();
        return !p.named() && (nat.equals("w") || nat.equals("v") || nat.equals("p") || nat.equals("c") || nat.startsWith("u"));
    }

    /** The end of the last organisation head reached over name-like words from unit {@code k}, or -1 (…基金|集群). */
    private int headEnd(LineContext line, int k) {
        int start = line.unit(k).start();
        int end = -1;
        for (; k < line.units.size(); k++) {
            Unit u = line.unit(k);
            if (u.end() - start + 1 > MAX_NAME) {
                return end;
            }
            for (int len = Math.min(heads.longest(), u.end() - start - 2); len >= 1; len--) {
                HeadWords.Head h = heads.get(line.s.substring(u.end() - len, u.end()));
                if (h != null && "ORG".equals(h.type()) && line.unitAt(u.end() - len).start() == u.end() - len) {
                    end = u.end();
                    break;
                }
            }
            if (!u.named() && !nameWord(u)) {
                return end;
            }
        }
        return end;
    }

    /**
     * A word that can stand in a name: nouns, abbreviations, bound morphemes, verbs used as nouns (投资, 创新), and a
     * one-character measure word the segmenter cuts out of a head (基金 集/q 群/q: 基金集群).
     */
    private static boolean nameWord(Unit u) {
        String nat = u.nature();
        return LineContext.nameLike(nat) && !nat.equals("m") && !nat.equals("x") && (!nat.equals("q") || u.length() == 1)
                || nat.equals("v") && u.length() == 2;
    }
}
