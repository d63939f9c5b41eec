package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.Set;

/**
 * A laboratory named after a place keeps the field of research written before it: 低维电子材料|海河实验室,
 * 生物育种|钟山实验室 (the provinces' labs are named "field + place + 实验室"). The lab is a gazetteer name ending in
 * 实验室 or a place word right before 实验室; the field is two to ten characters of name-like words (not a place:
 * that is an anchor HeadWordFinder already reads; not a number), from a clause edge or a verb; a lab named by its place alone stays
 * as it is (支持|崂山实验室).
 */
final class PlaceLabFinder implements NameFinder {

    private static final String LAB = "实验室";
    private static final int LONGEST_FIELD = 10;

    private final Set<String> frames;

    PlaceLabFinder(CueLexicon cues) {
        this.frames = cues.set("frame-verbs");
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        for (int k = 1; k < line.units.size(); k++) {
            int lab = labStart(line, k);
            if (lab < 0) {
                continue;
            }
            int start = fieldStart(line, k);
            if (start >= 0 && start < line.unit(k).start()) {
                int end = line.unit(k).named() ? line.unit(k).end() : line.unit(k + 1).end();
                out.add(new Span(start, end, "FACILITY", line.s.substring(start, end), 2));
            }
        }
    }

    /** Whether unit k opens a lab named by a place: 海河实验室 (a gazetteer name) or 钟山/ns + 实验室; -1 if not. */
    private static int labStart(LineContext line, int k) {
        Unit u = line.unit(k);
        if (u.named()) {
            return !u.isType("PERSON") && line.text(u).endsWith(LAB) && u.length() > LAB.length() ? u.start() : -1;
        }
        boolean place = u.nature().startsWith("ns") && u.length() >= 2;
        return place && k + 1 < line.units.size() && line.text(line.unit(k + 1)).equals(LAB) ? u.start() : -1;
    }

    /** The start of the field before unit k, or -1 when no field ends at a clause edge or a frame verb. */
    private int fieldStart(LineContext line, int k) {
        int start = line.unit(k).start();
        for (int j = k - 1; j >= 0; j--) {
            Unit u = line.unit(j);
            String nat = u.nature();
            boolean field = !u.named() && !frames.contains(line.text(u)) && !nat.startsWith("ns") && !nat.equals("nr") && !nat.equals("m")
                    && (LineContext.nameLike(nat) || u.length() == 1 && nat.equals("a")); // 低/a|维/q|电子材料
            if (!field) {
                boolean edge = LineContext.hardStop(nat) || nat.startsWith("v") || frames.contains(line.text(u));
                return edge && line.unit(k).start() - start >= 2 ? start : -1;
            }
            start = u.start();
            if (line.unit(k).start() - start > LONGEST_FIELD) {
                return -1;
            }
        }
        return line.unit(k).start() - start >= 2 ? start : -1;
    }
}
