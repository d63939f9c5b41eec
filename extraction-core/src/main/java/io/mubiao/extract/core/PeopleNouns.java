package io.mubiao.extract.core;

import java.util.List;

/**
 * Nouns for groups of people that a figure counts without a classifier (30万群众 → 30 万人): the list
 * {@code people.nouns} of cues.txt.
 */
final class PeopleNouns {
    private static final List<String> NOUNS = Lexicon.cues("people.nouns");

    private PeopleNouns() {
    }

    static boolean startsAt(CharSequence text, int at) {
        for (String n : NOUNS) {
            if (at + n.length() <= text.length() && Lexicon.regionMatches(text, at, n)) {
                return true;
            }
        }
        // 就业困难人员, 困难群众: a short modifier then a people noun
        for (int k = 1; k <= 4 && at + k < text.length(); k++) {
            for (String n : NOUNS) {
                if (at + k + n.length() <= text.length() && Lexicon.regionMatches(text, at + k, n)) {
                    return isCjkRun(text, at, at + k);
                }
            }
        }
        return false;
    }

    private static boolean isCjkRun(CharSequence t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < 0x4e00 || c > 0x9fff) {
                return false;
            }
        }
        return true;
    }
}
