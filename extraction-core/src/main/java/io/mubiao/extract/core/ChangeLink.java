package io.mubiao.extract.core;

import java.util.List;

/**
 * A change may take a link word between its verb or noun and the figure: 降幅超20%, 降幅达15%, 能耗累计下降超14%,
 * 增长超5%. The link says how the figure is bounded (the comparator reads it), not which way it moves, so the
 * measure and sign rules read the text before it (cues.txt, {@code sign.noun.link}).
 */
final class ChangeLink {
    private static final List<String> LINKS = Lexicon.cues("sign.noun.link");

    private ChangeLink() {
    }

    /** {@code t} without a link that follows a change verb or a change noun (降幅, 增幅, 涨幅). */
    static String strip(String t) {
        for (String l : LINKS) {
            if (t.endsWith(l) && t.length() > l.length() + 1) {
                String head = t.substring(0, t.length() - l.length());
                if (head.endsWith("降幅") || head.endsWith("增幅") || head.endsWith("涨幅")
                        || Lexicon.endingAt(head, head.length(), "verb.change.down") != null
                        || Lexicon.endingAt(head, head.length(), "verb.change.up") != null) {
                    return head;
                }
            }
        }
        return t;
    }
}
