package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.Set;

/**
 * A facility named after the body or facility that runs it: a facility head right after a found name continues the
 * name (南开医院|中西医结合临床中心, 武清站|商务区, 中国农科院|河南创新基地, 北京大学|京津冀生物医学前沿创新中心). Runs
 * after the finders, over their candidates; the longer span then wins the overlap. The words between the name and
 * the head are name-like words or places; a verb may stand inside (中西医|结合|临床) but not first (天津港|建成…枢纽),
 * and never a frame verb.
 */
final class FacilityContinuation {

    /** The longest stretch between the found name and the end of the head (characters). */
    private static final int LONGEST = 14;
    private static final Set<String> OWNERS = Set.of("FACILITY", "ORG");

    private final OverlapResolver resolver = new OverlapResolver();
    private final HeadWords heads;
    private final Set<String> frames;
    private final String breakAfter;

    FacilityContinuation(HeadWords heads, CueLexicon cues) {
        this.heads = heads;
        this.frames = cues.set("frame-verbs");
        this.breakAfter = cues.section("name-break-after").get(0);
    }

    /**
     * Adds to {@code spans} the continuations of the facilities and bodies that win the overlap among them (not of a
     * losing 建设中南大学 beside 中南大学国家医学中心).
     */
    void extend(LineContext line, List<Span> spans) {
        for (Span c : resolver.resolve(spans, line.length())) {
            Span x = OWNERS.contains(c.type()) ? continuation(line, c) : null;
            if (x != null) {
                spans.add(x);
            }
        }
    }

    private Span continuation(LineContext line, Span c) {
        String s = line.s;
        if (c.end() >= s.length() || line.unitAt(c.end()).start() != c.end()) {
            return null;
        }
        for (int k = line.unitIndexAt(c.end()); k < line.units.size(); k++) {
            Unit u = line.unit(k);
            if (u.end() - c.end() > LONGEST || !fits(line, u, u.start() == c.end())) {
                return null;
            }
            if (endsWithHead(line, c.end(), u.end())) {
                return new Span(c.start(), u.end(), "FACILITY", s.substring(c.start(), u.end()), 2);
            }
        }
        return null;
    }

    private boolean fits(LineContext line, Unit u, boolean first) {
        if (u.named()) {
            return !u.isType("PERSON");
        }
        String nat = u.nature();
        if (LineContext.nameLike(nat)) {
            return !nat.equals("m") && !nat.equals("q"); // not 天津港|3个…中心
        }
        return !first && nat.equals("v") && !frames.contains(line.text(u));
    }

    /** A facility head of two or more characters ends at {@code e}, on a unit start, and no longer noun goes on. */
    private boolean endsWithHead(LineContext line, int from, int e) {
        if (e < line.s.length() && breakAfter.indexOf(line.s.charAt(e)) >= 0) {
            return false;
        }
        for (int len = Math.min(heads.longest(), e - from); len >= 2; len--) {
            HeadWords.Head h = heads.get(line.s.substring(e - len, e));
            if (h != null && "FACILITY".equals(h.type()) && h.profile() == HeadWords.Profile.NAMED
                    && line.unitAt(e - len).start() == e - len) {
                return true;
            }
        }
        return false;
    }
}
