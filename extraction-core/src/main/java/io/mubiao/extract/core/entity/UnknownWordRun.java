package io.mubiao.extract.core.entity;

/**
 * A run of single characters the segmenter left before a facility head is the mark of a word out of its vocabulary,
 * and before a facility head that word is a proper name (鹏|瑞|利医院, 新|梅|江公园, 神|农实验室). Function words,
 * numerals, measure words and one-character verbs break the run, and the run needs a bound morpheme or a name character
 * (梅/ng, 瑞/ag, 江/nr): 低|碳港区, 电|商平台 are words HanLP lacks, no names. Used by {@link ModifierRules}.
 */
final class UnknownWordRun {

    private UnknownWordRun() {
    }

    /** Whether the one-character unit {@code u} continues a run that the modifier's first piece opened. */
    static boolean continues(LineContext line, Unit u, Modifier m) {
        if (u.length() != 1 || m.pieces.isEmpty()) {
            return false;
        }
        Modifier.Piece right = m.pieces.get(0);
        if (right.unit() < 0 || right.end() - right.start() != 1 || line.unit(right.unit()).length() != 1 || !runChar(u.nature())) {
            return false;
        }
        return bound(u.nature()) || bound(line.unit(right.unit()).nature());
    }

    /**
     * How many one-character units, none a function word, end the modifier right before the head; 0 without a bound
     * morpheme or name character. 科创/文创 (创/vg) is an abbreviation of common words, no unknown name: 文创|园区,
     * 高能级科创|平台, so a verb morpheme ends the run.
     */
    static int length(LineContext line, Modifier m) {
        int n = 0;
        boolean bound = false;
        for (int k = m.pieces.size() - 1; k >= 0; k--) {
            Modifier.Piece f = m.pieces.get(k);
            if (f.unit() < 0 || f.end() - f.start() != 1 || line.unit(f.unit()).length() != 1
                    || !runChar(line.unit(f.unit()).nature()) || line.unit(f.unit()).nature().equals("vg")) {
                break;
            }
            bound |= bound(line.unit(f.unit()).nature());
            n++;
        }
        return bound ? n : 0;
    }

    /**
     * A one-character preposition between single characters, in a run of four or more, is a character of a word HanLP
     * lacks (郑/nr 开/v 同/p 城/n 化/v|发展规划: 郑开同城化), not the clause's preposition.
     */
    static boolean preposition(LineContext line, int idx) {
        Unit u = line.unit(idx);
        if (u.length() != 1 || !u.nature().equals("p") || idx < 2 || idx + 1 >= line.units.size()) {
            return false;
        }
        for (int k = idx - 2; k <= idx + 1; k++) {
            Unit c = line.unit(k);
            if (c.length() != 1 || c.named() || k != idx && LineContext.hardStop(c.nature())) {
                return false;
            }
        }
        return true;
    }

    /** A bound morpheme (ng, ag, vg) or a name character (nr, ns, nz): the marks of a word cut by the segmenter. */
    private static boolean bound(String nat) {
        return nat.length() == 2 && nat.charAt(1) == 'g' || nat.startsWith("nr") || nat.startsWith("ns") || nat.equals("nz");
    }

    private static boolean runChar(String nat) {
        return !LineContext.hardStop(nat) && !nat.startsWith("d") && !nat.equals("m") && !nat.equals("q")
                && !nat.equals("f") && !nat.equals("v") && !nat.equals("vshi") && !nat.equals("vyou");
    }
}
