package io.mubiao.extract.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Word lists kept as data in {@code src/main/resources/extraction/}, so a reader can tune the rules
 * without touching code. Lists are sorted longest first: every lookup wants the longest cue. A lookup in a section
 * that {@code cues.txt} does not have fails (IllegalArgumentException): a misspelt section name must not switch a
 * rule off in silence.
 */
public final class Lexicon {
    private static final Map<String, List<String>> CUES = load("cues.txt");
    /** Per section, the cues by their first and by their last character: lookups run per figure. */
    private static final Map<String, Map<Character, List<String>>> BY_FIRST = index(true);
    private static final Map<String, Map<Character, List<String>>> BY_LAST = index(false);

    private static Map<String, Map<Character, List<String>>> index(boolean first) {
        Map<String, Map<Character, List<String>>> out = new java.util.HashMap<>();
        CUES.forEach((section, cues) -> {
            Map<Character, List<String>> m = new java.util.HashMap<>();
            for (String c : cues) { // already longest first
                m.computeIfAbsent(first ? c.charAt(0) : c.charAt(c.length() - 1), k -> new ArrayList<>()).add(c);
            }
            out.put(section, m);
        });
        return out;
    }

    private Lexicon() {
    }

    /** The cue list of a section of {@code cues.txt}. */
    public static List<String> cues(String section) {
        List<String> cues = CUES.get(section);
        if (cues == null) {
            throw missing(section, "cues.txt");
        }
        return cues;
    }

    static IllegalArgumentException missing(String section, String file) {
        return new IllegalArgumentException("no section [" + section + "] with words in extraction/" + file);
    }

    /** Longest cue of {@code section} that {@code text} ends with at {@code end}, or null. */
    public static String endingAt(CharSequence text, int end, String section) {
        if (end <= 0 || end > text.length()) {
            return null;
        }
        Map<Character, List<String>> idx = BY_LAST.get(section);
        if (idx == null) {
            throw missing(section, "cues.txt");
        }
        List<String> candidates = idx.get(text.charAt(end - 1));
        if (candidates == null) {
            return null;
        }
        for (String cue : candidates) {
            int from = end - cue.length();
            if (from >= 0 && regionMatches(text, from, cue)) {
                return cue;
            }
        }
        return null;
    }

    /** Longest cue of {@code section} that starts at {@code at}, or null. */
    public static String startingAt(CharSequence text, int at, String section) {
        if (at < 0 || at >= text.length()) {
            return null;
        }
        Map<Character, List<String>> idx = BY_FIRST.get(section);
        if (idx == null) {
            throw missing(section, "cues.txt");
        }
        List<String> candidates = idx.get(text.charAt(at));
        if (candidates == null) {
            return null;
        }
        for (String cue : candidates) {
            if (at + cue.length() <= text.length() && regionMatches(text, at, cue)) {
                return cue;
            }
        }
        return null;
    }

    static boolean regionMatches(CharSequence text, int from, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (text.charAt(from + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Reads {@code [section]} blocks (or, for tab-separated files, the first column grouped by the second). */
    static Map<String, List<String>> load(String resource) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("/extraction/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource extraction/" + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    section = t.substring(1, t.length() - 1);
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    out.computeIfAbsent(line.substring(tab + 1).strip(), k -> new ArrayList<>()).add(line.substring(0, tab));
                } else {
                    out.computeIfAbsent(section, k -> new ArrayList<>()).add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> sorted = new LinkedHashMap<>();
        out.forEach((k, v) -> {
            List<String> copy = new ArrayList<>(v);
            copy.sort(Comparator.comparingInt(String::length).reversed());
            sorted.put(k, Collections.unmodifiableList(copy));
        });
        return Collections.unmodifiableMap(sorted);
    }
}
