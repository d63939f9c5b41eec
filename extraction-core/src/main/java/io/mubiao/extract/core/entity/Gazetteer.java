package io.mubiao.extract.core.entity;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Typed gazetteers kept as plain resource files under {@code gazetteer/} (listed in {@code gazetteer/index.txt}), one
 * entry a line: {@code name<TAB>TYPE<TAB>alias1|alias2[<TAB>canonical]}. The name is the canonical form (the full name;
 * abbreviations are aliases) unless a fourth column gives one that is not itself a surface, such as the places a
 * collective abbreviation stands for (京津 → 北京市、天津市); every alias maps to it.
 * Loaded once (static holder) and matched with HanLP's Aho-Corasick double-array trie, so a look-up is linear in the
 * text. Immutable after construction, hence thread-safe.
 */
public final class Gazetteer {

    /** What a gazetteer file contributes. */
    public enum Kind {
        /** A proper name: place, organisation, facility, programme, event or person. */
        NAME,
        /** A generic body named by level only (市委, 市政府). */
        BODY,
        /** A department name that takes an administrative prefix (市 + 发展改革委). */
        DEPARTMENT
    }

    /** One surface form. */
    public record Entry(String surface, String type, String canonical, Kind kind) {
    }

    /** A match in a text: [start, end). */
    public record Hit(int start, int end, Entry entry) {
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = load("gazetteer/");
    }

    /** The gazetteer loaded from the class path (once). */
    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    private final AhoCorasickDoubleArrayTrie<Entry> trie;
    private final Set<String> surnames;
    private final int size;

    private Gazetteer(TreeMap<String, Entry> map, Set<String> surnames) {
        this.trie = new AhoCorasickDoubleArrayTrie<>();
        this.trie.build(map);
        this.surnames = Set.copyOf(surnames);
        this.size = map.size();
    }

    static Gazetteer load(String dir) {
        TreeMap<String, Entry> map = new TreeMap<>();
        TreeMap<String, Entry> stems = new TreeMap<>();
        for (String file : lines(dir + "index.txt")) {
            Kind kind = switch (file) {
                case "bodies.tsv" -> Kind.BODY;
                case "departments.tsv" -> Kind.DEPARTMENT;
                default -> Kind.NAME;
            };
            for (String line : lines(dir + file)) {
                String[] f = line.split("\t", -1);
                if (f.length < 2) {
                    throw new IllegalStateException("bad gazetteer line in " + file + ": " + line);
                }
                String name = f[0].strip();
                String type = f[1].strip();
                // an optional fourth column names a canonical form that is not itself a surface (京津 → 北京市、天津市)
                String canonical = f.length > 3 && !f[3].isBlank() ? f[3].strip() : name;
                put(map, name, new Entry(name, type, canonical, kind));
                String stem = placeStem(name, type, kind);
                if (stem != null) {
                    stems.put(stem, new Entry(stem, type, canonical, kind));
                }
                if (f.length > 2) {
                    for (String alias : f[2].split("\\|")) {
                        String a = alias.strip();
                        if (!a.isEmpty()) {
                            put(map, a, new Entry(a, type, canonical, kind));
                        }
                    }
                }
            }
        }
        stems.forEach((k, v) -> put(map, k, v)); // after every file: a written name or alias wins over a stem
        Set<String> surnames = new HashSet<>(lines(dir + "surnames.txt"));
        return new Gazetteer(map, surnames);
    }

    /**
     * The stem of a district, county or city name (嘉定区 → 嘉定, 巩义市 → 巩义, 浦东新区 → 浦东) when HanLP's core
     * dictionary knows the stem as a place word, mostly (浦东: ns 36 times, nz once); a stem that is a common word
     * (和平区 → 和平, 滨海新区 → 滨海, 朝阳区 → 朝阳: as often a noun) is not a name. A district's stem the dictionary
     * does not know at all is no common word either (宝山区 → 宝山, 闵行区 → 闵行); it is kept too. Names of a kind
     * (自治区, 行政区, 地区) give no stem, nor a new area named after its river (湘江新区: 湘江 is the river).
     */
    static String placeStem(String name, String type, Kind kind) {
        if (kind != Kind.NAME || !"LOCATION".equals(type) || name.length() < 3 || "区县市".indexOf(name.charAt(name.length() - 1)) < 0
                || name.endsWith("自治县") || name.endsWith("自治区") || name.endsWith("行政区") || name.endsWith("地区")) {
            return null;
        }
        boolean newArea = name.endsWith("新区");
        String stem = name.substring(0, name.length() - (newArea ? 2 : 1));
        // a new area named after its river (湘江新区): the stem alone is the river
        if (stem.length() < 2 || newArea && "江河湖".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
            return null;
        }
        CoreDictionary.Attribute a = CoreDictionary.get(stem);
        if (a == null) {
            return name.endsWith("区") && !newArea ? stem : null;
        }
        int place = 0;
        int other = 0;
        for (int i = 0; i < a.nature.length; i++) {
            if (a.nature[i].startsWith("ns")) {
                place += a.frequency[i];
            } else {
                other += a.frequency[i];
            }
        }
        return place > 0 && place >= 3 * other ? stem : null;
    }

    private static void put(TreeMap<String, Entry> map, String key, Entry e) {
        map.putIfAbsent(key, e); // earlier files (index order) win
    }

    private static List<String> lines(String resource) {
        ClassLoader cl = Gazetteer.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(line.replace("\uFEFF", ""));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All matches (overlapping) of gazetteer surfaces in {@code text}. */
    public List<Hit> match(CharSequence text) {
        List<Hit> hits = new ArrayList<>();
        trie.parseText(text.toString(), (AhoCorasickDoubleArrayTrie.IHit<Entry>) (begin, end, value) -> hits.add(new Hit(begin, end, value)));
        return hits;
    }

    /** The entry for exactly this surface, or null. */
    public Entry lookup(String surface) {
        return trie.get(surface);
    }

    public boolean isSurname(String s) {
        return surnames.contains(s);
    }

    public int size() {
        return size;
    }
}
