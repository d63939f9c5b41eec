package io.mubiao.extract.core.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cue words kept as data: a resource file of named sections ({@code [frame-verbs]} then one entry a line, {@code #}
 * comments). {@link #section} fails when a section is missing or empty, so a misspelt section name stops the
 * recognizer at start-up instead of silently switching a rule off. Immutable, hence thread-safe.
 */
public final class CueLexicon {

    private static final class Holder {
        static final CueLexicon INSTANCE = load("entity/cues.txt");
    }

    /** The recognizer's cue words (loaded once). */
    public static CueLexicon get() {
        return Holder.INSTANCE;
    }

    private final String resource;
    private final Map<String, List<String>> sections;

    private CueLexicon(String resource, Map<String, List<String>> sections) {
        this.resource = resource;
        this.sections = sections;
    }

    static CueLexicon load(String resource) {
        return parse(resource, readLines(resource));
    }

    static CueLexicon parse(String resource, List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : lines) {
            String line = raw.replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String name = line.substring(1, line.length() - 1).strip();
                if (out.containsKey(name)) {
                    throw new IllegalStateException(resource + ": section [" + name + "] twice");
                }
                current = new ArrayList<>();
                out.put(name, current);
            } else if (current == null) {
                throw new IllegalStateException(resource + ": entry before any section: " + line);
            } else {
                current.add(line);
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return new CueLexicon(resource, Map.copyOf(out));
    }

    /** The entries of a section, in file order; an error when the section is missing or empty. */
    public List<String> section(String name) {
        List<String> s = sections.get(name);
        if (s == null || s.isEmpty()) {
            throw new IllegalStateException(resource + ": missing or empty section [" + name + "]");
        }
        return s;
    }

    /** The entries of a section as a set. */
    public Set<String> set(String name) {
        return Set.copyOf(section(name));
    }

    /** A section of {@code key<TAB>value} lines as a map. */
    public Map<String, String> map(String name) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : section(name)) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException(resource + ": [" + name + "] needs key<TAB>value: " + line);
            }
            m.put(f[0].strip(), f[1].strip());
        }
        return Map.copyOf(m);
    }

    static List<String> readLines(String resource) {
        try (InputStream in = CueLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
