package io.mubiao.extract.core.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The head words of official names ({@code entity/heads.tsv}): a span that ends with one of them and whose modifier
 * passes the profile's check becomes a candidate of the head's type. Immutable.
 */
final class HeadWords {

    /** How the modifier of a head is collected and checked. */
    enum Profile {
        /** Name-like units (nouns, abbreviations, gazetteer names); needs an anchor or a frame verb before it. */
        NAMED,
        /** A named programme or event: verbs allowed inside; needs a clause edge or a frame verb on its left. */
        PROGRAMME,
        /** Like NAMED but also accepts verbs (推进…领导小组); stops at a generic body (市政府) and at punctuation. */
        TASK_GROUP,
        /** Company names: any content units up to a hard boundary; no anchor needed. */
        COMPANY,
        /** Universities and schools: name-like units, no anchor needed. */
        SCHOOL,
        /** Railways: two to four characters of short units (津兴城际, 京滨城际, 津潍高铁). */
        RAIL,
        /** A single place name right before (天津港, 天津西站). */
        PLACE_ONLY
    }

    /** A head word; {@code minModifier} is the shortest modifier that names one (补贴: 4, not 政府|补贴). */
    record Head(String word, String type, Profile profile, int maxModifier, int minModifier) {
    }

    private static final Set<String> TYPES = Set.of("ORG", "FACILITY", "LOCATION", "POLICY", "EVENT");

    private static final class Holder {
        static final HeadWords INSTANCE = parse(CueLexicon.readLines("entity/heads.tsv"));
    }

    static HeadWords get() {
        return Holder.INSTANCE;
    }

    private final Map<String, Head> heads;
    private final int longest;
    /** The last characters of all heads: a unit ending otherwise cannot end a head. */
    private final String finalChars;

    private HeadWords(Map<String, Head> heads) {
        this.heads = Map.copyOf(heads);
        int m = 0;
        StringBuilder f = new StringBuilder();
        for (String w : heads.keySet()) {
            m = Math.max(m, w.length());
            char c = w.charAt(w.length() - 1);
            if (f.indexOf(String.valueOf(c)) < 0) {
                f.append(c);
            }
        }
        this.longest = m;
        this.finalChars = f.toString();
    }

    static HeadWords parse(List<String> lines) {
        Map<String, Head> out = new HashMap<>();
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\t");
            if (f.length != 4 && f.length != 5 || !TYPES.contains(f[1])) {
                throw new IllegalStateException("entity/heads.tsv: bad line: " + line);
            }
            out.put(f[0], new Head(f[0], f[1], Profile.valueOf(f[2]), Integer.parseInt(f[3]),
                    f.length == 5 ? Integer.parseInt(f[4]) : 2));
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("entity/heads.tsv: no head words");
        }
        return new HeadWords(out);
    }

    /** Whether {@code text} holds a facility head of two or more characters (机场, 水库, 隧道). */
    boolean containsFacilityHead(String text) {
        for (Head h : heads.values()) {
            if (h.word().length() >= 2 && "FACILITY".equals(h.type()) && !h.word().equals("工程") && text.contains(h.word())) {
                return true;
            }
        }
        return false;
    }

    Head get(String word) {
        return heads.get(word);
    }

    int longest() {
        return longest;
    }

    boolean canEndWith(char c) {
        return finalChars.indexOf(c) >= 0;
    }
}
