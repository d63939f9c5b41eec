package io.mubiao.extract.core.entity;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Person names need a cue: a title right before (市长, 书记, 负责同志, 部长, 发言人, 副局级 …) or a speech verb right
 * after (说, 表示, 介绍 …), and a common surname. HanLP's own person tags are not used: on policy text they are mostly
 * wrong. The word lists are data ({@code entity/cues.txt}: [person-titles], [speech-verbs], [not-in-given-name],
 * [name-stop-after]). Immutable after construction, hence thread-safe.
 */
final class PersonCues {

    /** Titles (value 1) and speech verbs (value 2), matched in one linear pass. */
    private final AhoCorasickDoubleArrayTrie<Integer> cueTrie = new AhoCorasickDoubleArrayTrie<>();
    private final Set<String> titles;
    private final Set<String> speeches;
    /** Characters that never occur inside a given name here (function words, admin words, numerals). */
    private final String notInName;
    /** Characters that close a name when they follow it. */
    private final String stop;
    private final Gazetteer gazetteer;

    PersonCues(Gazetteer gazetteer, CueLexicon cues) {
        this.gazetteer = gazetteer;
        this.titles = cues.set("person-titles");
        this.speeches = cues.set("speech-verbs");
        this.notInName = cues.section("not-in-given-name").get(0);
        this.stop = notInName + cues.section("name-stop-after").get(0);
        TreeMap<String, Integer> m = new TreeMap<>();
        titles.forEach(t -> m.put(t, 1));
        speeches.forEach(v -> m.put(v, 2));
        cueTrie.build(m);
    }

    /** Person spans [start, end) in {@code s}; {@code insideName} tells when a span overlaps a non-person name. */
    List<int[]> find(String s, BiPredicate<Integer, Integer> insideName) {
        List<int[]> out = new ArrayList<>();
        List<int[]> cues = new ArrayList<>();
        cueTrie.parseText(s, (AhoCorasickDoubleArrayTrie.IHit<Integer>) (b, e, v) -> cues.add(new int[] {b, e, v}));
        for (int[] c : cues) {
            if (c[2] == 1) {
                int st = c[1];
                while (st < s.length() && st - c[1] < 2 && (s.charAt(st) == ' ' || s.charAt(st) == '\u3000')) {
                    st++;
                }
                int len = nameLength(s, st);
                if (len > 0 && !insideName.test(st, st + len)) {
                    out.add(new int[] {st, st + len});
                }
            } else {
                int en = c[0];
                for (int len = 3; len >= 2; len--) {
                    int st = en - len;
                    if (st < 0 || st > 0 && !boundary(s, st)) {
                        continue;
                    }
                    if (validName(s, st, en) && !insideName.test(st, en)) {
                        out.add(new int[] {st, en});
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** A name may start here: line start, punctuation, space, or right after a title. */
    private boolean boundary(String s, int st) {
        if (!isHan(s.charAt(st - 1))) {
            return true;
        }
        for (int l = 2; l <= 5 && l <= st; l++) {
            if (titles.contains(s.substring(st - l, st))) {
                return true;
            }
        }
        return false;
    }

    /** The length of the name that starts at {@code st} after a title, or 0. */
    private int nameLength(String s, int st) {
        int best = 0;
        for (int len = 2; len <= 4 && st + len <= s.length(); len++) {
            if (!validName(s, st, st + len)) {
                continue;
            }
            int en = st + len;
            boolean closed = en == s.length() || !isHan(s.charAt(en)) || speechAt(s, en) || stop.indexOf(s.charAt(en)) >= 0;
            if (len == 4 && !compoundSurname(s, st)) {
                continue;
            }
            if (closed) {
                best = len; // the longest name that is followed by a clean boundary
            }
        }
        return best;
    }

    private boolean speechAt(String s, int at) {
        for (int len = 1; len <= 2 && at + len <= s.length(); len++) {
            if (speeches.contains(s.substring(at, at + len))) {
                return true;
            }
        }
        return false;
    }

    private boolean validName(String s, int st, int en) {
        int len = en - st;
        boolean compound = compoundSurname(s, st);
        if (len < 2 || len > (compound ? 4 : 3)) {
            return false;
        }
        for (int i = st; i < en; i++) {
            char c = s.charAt(i);
            if (!isHan(c) || (i > st && notInName.indexOf(c) >= 0)) {
                return false;
            }
        }
        return compound || gazetteer.isSurname(String.valueOf(s.charAt(st)));
    }

    private boolean compoundSurname(String s, int st) {
        return st + 2 <= s.length() && gazetteer.isSurname(s.substring(st, st + 2));
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
