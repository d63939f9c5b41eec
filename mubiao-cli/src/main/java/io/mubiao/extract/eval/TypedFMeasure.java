package io.mubiao.extract.eval;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision, recall and F1 per entity type, accumulated document by document over distinct (text, type) pairs, as
 * score.py matches entities (a right text with a wrong type counts against both types). Not thread-safe: one per
 * evaluation.
 */
public final class TypedFMeasure {

    /** A distinct mention: normalized text and type. */
    public record Key(String text, String type) {
    }

    /** The counts of one type. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            int p = truePositives + falsePositives;
            return p == 0 ? 0.0 : (double) truePositives / p;
        }

        public double recall() {
            int g = truePositives + falseNegatives;
            return g == 0 ? 0.0 : (double) truePositives / g;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, int[]> counts = new TreeMap<>();

    /** Adds one document's gold and predicted mentions (duplicates count once). */
    public void addDocument(Collection<Key> gold, Collection<Key> predicted) {
        Set<Key> g = new HashSet<>(gold);
        Set<Key> p = new HashSet<>(predicted);
        for (Key k : p) {
            counts.computeIfAbsent(String.valueOf(k.type()), t -> new int[3])[g.contains(k) ? 0 : 1]++;
        }
        for (Key k : g) {
            if (!p.contains(k)) {
                counts.computeIfAbsent(String.valueOf(k.type()), t -> new int[3])[2]++;
            }
        }
    }

    /** The counts of one type (zeros when the type never occurred). */
    public Counts of(String type) {
        int[] c = counts.getOrDefault(type, new int[3]);
        return new Counts(c[0], c[1], c[2]);
    }

    /** The counts summed over all types. */
    public Counts total() {
        int[] t = new int[3];
        for (int[] c : counts.values()) {
            for (int i = 0; i < 3; i++) {
                t[i] += c[i];
            }
        }
        return new Counts(t[0], t[1], t[2]);
    }

    /** Per type, in type order: gold, predicted, matched, precision, recall, f1 (rounded to 4 places). */
    public Map<String, Map<String, Object>> summary() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (String type : counts.keySet()) {
            Counts c = of(type);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gold", c.truePositives() + c.falseNegatives());
            m.put("predicted", c.truePositives() + c.falsePositives());
            m.put("matched", c.truePositives());
            m.put("precision", round4(c.precision()));
            m.put("recall", round4(c.recall()));
            m.put("f1", round4(c.f1()));
            out.put(type, m);
        }
        return out;
    }

    private static double round4(double x) {
        return Math.round(x * 10000.0) / 10000.0;
    }
}
