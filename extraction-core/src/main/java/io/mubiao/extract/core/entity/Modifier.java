package io.mubiao.extract.core.entity;

import java.util.ArrayList;
import java.util.List;

/** The modifier of a head word collected so far (HeadWordFinder), with what its left edge was. */
final class Modifier {

    /** A piece of a modifier: [start, end) and its unit index (-1 for a quoted stretch). */
    record Piece(int start, int end, int unit) {
    }

    final List<Piece> pieces = new ArrayList<>();
    boolean frame;
    int frameVerb = -1;
    boolean tooLong;
    /** The edge is a list separator (和, 、): the name before it was framed, so is this one. */
    boolean listEdge;
    /** The edge is 等: what follows names the kind of the list before it (蓄滞洪区等|防洪工程), no one name. */
    boolean afterEtc;
    /** A weak word was dropped from the left: what is left must be a name by itself (重大|生态工程 is not). */
    boolean trimmedWeak;
    /** How many two-character verbs a NAMED modifier may still take (技术创新中心, 成果转化网). */
    int verbBudget = 1;

    int start() {
        return pieces.get(0).start();
    }
}
