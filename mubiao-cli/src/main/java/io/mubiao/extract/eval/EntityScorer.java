package io.mubiao.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mubiao.extract.core.EntityMention;
import io.mubiao.text.Normalization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Entity scoring exactly as {@code shared/eval/score.py} does it: per document, the distinct (NFKC- and
 * whitespace-normalized text, type) pairs of the prediction against those of the gold; only documents that have gold
 * rows count; totals are summed over documents before precision, recall and F1 are computed. Plain Java, no
 * framework, no main.
 */
public final class EntityScorer {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One gold row of a {@code .entities.jsonl} file. */
    public record GoldEntity(String doc, String text, String type, String canonical) {
    }

    /** Totals and figures; {@code matchedIgnoringType} compares texts only. */
    public record Score(int gold, int predicted, int matched, int matchedIgnoringType,
                        double precision, double recall, double f1) {

        static Score of(int tp, int fp, int fn, int untyped) {
            double p = tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
            double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
            return new Score(tp + fn, tp + fp, tp, untyped, p, r, f);
        }

        @Override
        public String toString() {
            return String.format("gold=%d predicted=%d matched=%d P=%.4f R=%.4f F1=%.4f (matched ignoring type=%d)",
                    gold, predicted, matched, precision, recall, f1, matchedIgnoringType);
        }
    }

    private EntityScorer() {
    }

    /** score.py's norm(): NFKC, then all whitespace removed. */
    public static String norm(String s) {
        return Normalization.key(s);
    }

    /** Loads one gold {@code .entities.jsonl} file (blank lines skipped). */
    public static List<GoldEntity> loadGold(Path file) {
        List<GoldEntity> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                out.add(new GoldEntity(n.path("doc").asText(""), n.path("text").asText(""), n.path("type").asText(""),
                        n.path("canonical").asText(n.path("text").asText(""))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Loads every {@code *.entities.jsonl} file of a directory, grouped by document file name. */
    public static Map<String, List<GoldEntity>> loadGoldDir(Path dir) {
        Map<String, List<GoldEntity>> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".entities.jsonl")).sorted().toList()) {
                for (GoldEntity g : loadGold(f)) {
                    out.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Scores one document. */
    public static Score scoreDocument(Collection<EntityMention> predicted, Collection<GoldEntity> gold) {
        int[] t = new int[4];
        add(t, predicted, gold);
        return Score.of(t[0], t[1], t[2], t[3]);
    }

    /**
     * Scores a corpus: {@code predicted} and {@code gold} keyed by document file name (e.g.
     * {@code 002_cecafb9285237524.txt}); documents without gold are ignored, as in score.py.
     */
    public static Score score(Map<String, ? extends Collection<EntityMention>> predicted,
                              Map<String, ? extends Collection<GoldEntity>> gold) {
        int[] t = new int[4];
        for (Map.Entry<String, ? extends Collection<GoldEntity>> e : new TreeMap<>(gold).entrySet()) {
            Collection<EntityMention> p = predicted.get(e.getKey());
            add(t, p == null ? List.of() : p, e.getValue());
        }
        return Score.of(t[0], t[1], t[2], t[3]);
    }

    private static void add(int[] t, Collection<EntityMention> predicted, Collection<GoldEntity> gold) {
        Set<String> g = new HashSet<>();
        Set<String> gt = new HashSet<>();
        for (GoldEntity x : gold) {
            g.add(norm(x.text()) + "\u0000" + x.type());
            gt.add(norm(x.text()));
        }
        Set<String> p = new HashSet<>();
        Set<String> pt = new HashSet<>();
        for (EntityMention m : predicted) {
            p.add(norm(m.text()) + "\u0000" + m.type());
            pt.add(norm(m.text()));
        }
        int tp = 0;
        for (String x : p) {
            if (g.contains(x)) {
                tp++;
            }
        }
        int untyped = 0;
        for (String x : pt) {
            if (gt.contains(x)) {
                untyped++;
            }
        }
        t[0] += tp;
        t[1] += p.size() - tp;
        t[2] += g.size() - tp;
        t[3] += untyped;
    }

    /** The distinct (normalized text, type) pairs predicted but not in the gold, and those missed (for reports). */
    public static Map<String, List<String>> differences(Collection<EntityMention> predicted, Collection<GoldEntity> gold) {
        Set<String> g = new java.util.TreeSet<>();
        for (GoldEntity x : gold) {
            g.add(norm(x.text()) + "/" + x.type());
        }
        Set<String> p = new java.util.TreeSet<>();
        for (EntityMention m : predicted) {
            p.add(norm(m.text()) + "/" + m.type());
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("false", p.stream().filter(x -> !g.contains(x)).toList());
        out.put("missed", g.stream().filter(x -> !p.contains(x)).toList());
        return out;
    }
}
