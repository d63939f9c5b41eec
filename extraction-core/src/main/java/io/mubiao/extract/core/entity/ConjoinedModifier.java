package io.mubiao.extract.core.entity;

import java.util.Set;

/**
 * A programme named by two aims joined with 和 or 与, right after its frame verb: the frame verb is the left edge, so
 * the conjunction is inside the name (实施|上市企业培育和高质量发展行动, 持续深化|群众身边不正之风和腐败问题集中整治).
 * Not when the first aim is a name of its own, ending with a head word (实施|城市更新行动和|…), nor across a clause, an
 * adverb, a count or a list mark (推进城市体检、老旧小区改造和城市更新行动 keeps 城市更新行动; 推进一批制度创新和改革试点),
 * nor after a level (推进国家和省级…试点: levels are the programme's weak start). Stateless.
 */
final class ConjoinedModifier {

    private final Set<String> frames;
    private final Set<String> levels;
    private final HeadWords heads;

    ConjoinedModifier(CueLexicon cues, HeadWords heads) {
        this.frames = cues.set("frame-verbs");
        this.levels = cues.set("programme-weak-start");
        this.heads = heads;
    }

    /**
     * The index of the frame verb that opens a name through the 和 at unit {@code and}, or -1; every unit between
     * them must start at or after {@code minStart} (the head's longest modifier).
     */
    int frameBefore(LineContext line, int and, int minStart) {
        String t = line.text(line.unit(and));
        if (!t.equals("和") && !t.equals("与")) {
            return -1;
        }
        int k = and - 1;
        while (k >= 0) {
            Unit u = line.unit(k);
            String w = line.text(u);
            if (!u.named() && frames.contains(w)) {
                break;
            }
            String nat = u.nature();
            if (u.start() < minStart || LineContext.hardStop(nat) || nat.startsWith("d") || nat.equals("m") || nat.equals("q")
                    || w.contains("的") || w.equals("等")) {
                return -1;
            }
            k--;
        }
        if (k < 0) {
            return -1;
        }
        String first = line.s.substring(line.unit(k).end(), line.unit(and).start());
        return first.length() >= 2 && !levels.contains(first) && !endsWithHead(first) ? k : -1;
    }

    private boolean endsWithHead(String text) {
        for (int len = Math.min(heads.longest(), text.length()); len >= 2; len--) {
            if (heads.get(text.substring(text.length() - len)) != null) {
                return true;
            }
        }
        return false;
    }
}
