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
 * without touching code. Lists are sorted longest first: every lookup wants the longest cue.
 */
public final class Lexicon {
    private static final Map<String, List<String>> CUES = load("cues.txt");

    private Lexicon() {
    }

    /** The cue list of a section of {@code cues.txt}; empty when the section does not exist. */
    public static List<String> cues(String section) {
        return CUES.getOrDefault(section, List.of());
    }

    /** Longest cue of {@code section} that {@code text} ends with at {@code end}, or null. */
    public static String endingAt(CharSequence text, int end, String section) {
        for (String cue : cues(section)) {
            int from = end - cue.length();
            if (from >= 0 && regionMatches(text, from, cue)) {
                return cue;
            }
        }
        return null;
    }

    /** Longest cue of {@code section} that starts at {@code at}, or null. */
    public static String startingAt(CharSequence text, int at, String section) {
        for (String cue : cues(section)) {
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
