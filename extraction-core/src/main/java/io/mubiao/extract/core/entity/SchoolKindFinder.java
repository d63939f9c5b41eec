package io.mubiao.extract.core.entity;

import java.util.List;

/**
 * A school named only by its kind is no name: a school head of {@code heads.tsv} (大学, 学院 …) whose modifier is made
 * of words of {@code [school-kinds]} up to the clause edge (升格为|职业本科大学, 推动高水平|理工类中外合作大学, 设立|科技商学院,
 * 建设一批特色学院、产业学院) is a span of type {@link Span#NOT_A_NAME}, which wins over the ORG candidate and is dropped.
 * A place or proper word before the kind words makes a name (成都航空职业技术大学, 浙江工业大学).
 */
final class SchoolKindFinder implements NameFinder {

    private static final String[] SCHOOL_HEADS = {"大学", "学院"};

    private final List<String> kinds;
    private final HeadWords heads;

    SchoolKindFinder(HeadWords heads, CueLexicon cues) {
        this.heads = heads;
        this.kinds = cues.section("school-kinds");
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        String s = line.s;
        for (int i = 1; i < s.length(); i++) {
            for (String h : SCHOOL_HEADS) {
                HeadWords.Head head = heads.get(h);
                if (head == null || head.profile() != HeadWords.Profile.SCHOOL || !s.startsWith(h, i)) {
                    continue;
                }
                int start = clause(line, kindStart(line, i));
                if (start >= 0) {
                    out.add(new Span(start, i + h.length(), Span.NOT_A_NAME, "", 3));
                }
            }
        }
    }

    /**
     * The clause's count and verb before the kind words are hidden with them (建设/vn|产业学院, 建设|一批|特色学院), so no
     * longer candidate over them survives.
     */
    private static int clause(LineContext line, int start) {
        while (start > 0 && (line.unitAt(start - 1).nature().equals("m") || line.unitAt(start - 1).nature().equals("q"))) {
            start = line.unitAt(start - 1).start();
        }
        if (start > 0 && line.unitAt(start - 1).nature().startsWith("v")) {
            start = line.unitAt(start - 1).start();
        }
        return start;
    }

    /** The start of a run of kind words ending at {@code end}, when the run opens the name, or -1. */
    private int kindStart(LineContext line, int end) {
        String s = line.s;
        int at = end;
        while (at > 0) {
            int next = -1;
            for (String k : kinds) {
                int st = at - k.length();
                if (st >= 0 && (next < 0 || st < next) && s.startsWith(k, st) && line.unitAt(st).start() == st
                        && !line.unitAt(st).named()) {
                    next = st;
                }
            }
            if (next < 0) {
                break;
            }
            at = next;
        }
        if (at == end) {
            return -1;
        }
        return at > 0 && opensName(line.unitAt(at - 1)) ? -1 : at;
    }

    /** A unit that would carry the name on to its left: a gazetteer name or a noun, place, abbreviation or name word. */
    private static boolean opensName(Unit u) {
        String nat = u.nature();
        return u.named() || nat.startsWith("n") || nat.equals("j") || nat.equals("s") || nat.equals("b");
    }
}
