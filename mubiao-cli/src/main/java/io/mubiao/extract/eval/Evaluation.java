package io.mubiao.extract.eval;

import io.mubiao.text.Normalization;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The scorer of shared/eval/score.py, ported rule for rule so that {@code mubiao eval} and the tests
 * report the same figures as the reference: a predicted target matches the first unused gold target
 * of the same document with the same figure (as written, or in a base unit) whose quote overlaps it
 * after NFKC and whitespace removal; fields are scored over matched targets; entities are matched
 * per document on distinct (text, type).
 *
 * <p>Rows are JSON objects already parsed into maps (the command line reads JSONL with Jackson).
 */
public final class Evaluation {
    /** A strict match also needs an indicator with character F1 at least this. */
    public static final double STRICT_INDICATOR_F1 = 0.6;

    private static final String[][] MAGNITUDES = {{"万亿", "1e12"}, {"亿", "1e8"}, {"千万", "1e7"}, {"百万", "1e6"}, {"万", "1e4"}, {"千", "1e3"}, {"百", "1e2"}};

    /** One scored run: the figures in {@link #summary} plus the misses and false positives. */
    public record Report(Map<String, Object> summary, List<List<Object>> misses, List<List<Object>> falses) {
        @SuppressWarnings("unchecked")
        public double target(String key) {
            return ((Number) ((Map<String, Object>) summary.get("targets")).get(key)).doubleValue();
        }

        @SuppressWarnings("unchecked")
        public double field(String key) {
            Object v = ((Map<String, Object>) summary.get("fields_over_matched")).get(key);
            return v == null ? 0 : ((Number) v).doubleValue();
        }

        @SuppressWarnings("unchecked")
        public Double entity(String key) {
            Map<String, Object> e = (Map<String, Object>) summary.get("entities");
            return e == null ? null : ((Number) e.get(key)).doubleValue();
        }

        /** A figure of the HanLP-alone entity baseline scored in the same run, or null when there is none. */
        @SuppressWarnings("unchecked")
        public Double baselineEntity(String key) {
            Map<String, Object> e = (Map<String, Object>) summary.get(ENTITY_BASELINE);
            return e == null ? null : ((Number) e.get(key)).doubleValue();
        }
    }

    /** Summary key of the entity figures of the HanLP-alone baseline (not part of score.py's output). */
    public static final String ENTITY_BASELINE = "entities_hanlp_baseline";

    /** {@code report} with the entity figures of {@code baseline} added under {@link #ENTITY_BASELINE}. */
    public static Report withEntityBaseline(Report report, Report baseline) {
        Object e = baseline.summary().get("entities");
        if (e == null) {
            return report;
        }
        Map<String, Object> summary = new LinkedHashMap<>(report.summary());
        summary.put(ENTITY_BASELINE, e);
        return new Report(summary, report.misses(), report.falses());
    }

    private Evaluation() {
    }

    /** score.py's norm(): NFKC, then no white space (document-text's one normalization). */
    public static String norm(String s) {
        return Normalization.key(s);
    }

    static String normUnit(Object u) {
        return norm(u == null ? "" : String.valueOf(u)).replace("％", "%");
    }

    static Double toDouble(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static boolean numEq(Object a, Object b) {
        Double x = toDouble(a);
        Double y = toDouble(b);
        if (x == null || y == null) {
            return false;
        }
        return Math.abs(x - y) <= 1e-9 * Math.max(1.0, Math.max(Math.abs(x), Math.abs(y)));
    }

    /**
     * (value, unit) in a base unit, as score.py's base(): 成 as %, a bare share as %, 名 as 位, then every leading
     * magnitude multiplied out (1 千亿元 = 1000 亿元 = 1e11 元); null when the value is not a number.
     */
    static Object[] base(Object value, Object unit, Object measure) {
        Double v = toDouble(value);
        if (v == null) {
            return null;
        }
        String u = normUnit(unit);
        if (u.equals("成")) {
            return new Object[] {v * 10, "%"};
        }
        if (u.isEmpty() && "share".equals(measure) && Math.abs(v) <= 1) {
            return new Object[] {v * 100, "%"};
        }
        if (u.equals("名")) {
            u = "位"; // a rank: 第二名 and 第二位 are the same figure
        }
        boolean changed = true;
        while (changed) { // 千亿元 -> 亿元 -> 元: every leading magnitude, one after the other
            changed = false;
            for (String[] m : MAGNITUDES) {
                if (u.startsWith(m[0])) {
                    v = v * Double.parseDouble(m[1]);
                    u = u.substring(m[0].length());
                    changed = true;
                    break;
                }
            }
        }
        return new Object[] {v, u};
    }

    static boolean sameValue(Map<String, Object> p, Map<String, Object> g) {
        if (numEq(p.get("value"), g.get("value")) && normUnit(p.get("unit")).equals(normUnit(g.get("unit")))) {
            return true;
        }
        Object[] a = base(p.get("value"), p.get("unit"), g.get("measure"));
        Object[] b = base(g.get("value"), g.get("unit"), g.get("measure"));
        return a != null && b != null && a[1].equals(b[1]) && numEq(a[0], b[0]);
    }

    /** Character-bag F1 of two strings after normalization (order does not matter). */
    public static double charF1(String a, String b) {
        a = norm(a);
        b = norm(b);
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        Map<Integer, Integer> ca = counts(a);
        Map<Integer, Integer> cb = counts(b);
        int common = 0;
        for (Map.Entry<Integer, Integer> e : ca.entrySet()) {
            common += Math.min(e.getValue(), cb.getOrDefault(e.getKey(), 0));
        }
        if (common == 0) {
            return 0.0;
        }
        double p = (double) common / a.codePointCount(0, a.length());
        double r = (double) common / b.codePointCount(0, b.length());
        return 2 * p * r / (p + r);
    }

    private static Map<Integer, Integer> counts(String s) {
        Map<Integer, Integer> m = new HashMap<>();
        s.codePoints().forEach(c -> m.merge(c, 1, Integer::sum));
        return m;
    }

    private static List<int[]> spans(String docN, String quote) {
        String q = norm(quote);
        List<int[]> out = new ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        int i = docN.indexOf(q);
        while (i >= 0) {
            out.add(new int[] {i, i + q.length()});
            i = docN.indexOf(q, i + 1);
        }
        return out;
    }

    /** Python's str() of a JSON value, which is what score.py compares fields with. */
    static String py(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e16) {
                return String.valueOf((long) d) + ".0";
            }
            return String.valueOf(d);
        }
        return String.valueOf(v);
    }

    static double round4(double x) {
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static String docName(Object doc) {
        String s = String.valueOf(doc == null ? "" : doc);
        int slash = s.lastIndexOf('/');
        return slash >= 0 ? s.substring(slash + 1) : s;
    }

    /**
     * @param docs  document file name → its text (only these documents are scored)
     * @param gold  gold rows of all {@code *.targets.jsonl} and {@code *.entities.jsonl} files, each with its
     *              {@code "record"} set to {@code "target"} or {@code "entity"} by the caller
     * @param pred  predicted rows in output order ({@code record} absent means target)
     */
    public static Report score(Map<String, String> docs, List<Map<String, Object>> gold, List<Map<String, Object>> pred) {
        Map<String, String> docN = new HashMap<>();
        docs.forEach((k, v) -> docN.put(k, norm(v)));
        Map<String, List<Map<String, Object>>> goldT = new TreeMap<>();
        Map<String, List<Map<String, Object>>> goldE = new TreeMap<>();
        for (Map<String, Object> r : gold) {
            String d = String.valueOf(r.get("doc"));
            ("entity".equals(r.get("record")) ? goldE : goldT).computeIfAbsent(d, k -> new ArrayList<>()).add(r);
        }
        Map<String, List<Map<String, Object>>> predT = new HashMap<>();
        Map<String, List<Map<String, Object>>> predE = new HashMap<>();
        for (Map<String, Object> r : pred) {
            String d = docName(r.get("doc"));
            Object rec = r.getOrDefault("record", "target");
            ("target".equals(rec) ? predT : predE).computeIfAbsent(d, k -> new ArrayList<>()).add(r);
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int strictTp = 0;
        int themed = 0;
        int themeHits = 0;
        Map<String, Integer> fieldHits = new LinkedHashMap<>();
        double indicatorF1 = 0;
        List<List<Object>> misses = new ArrayList<>();
        List<List<Object>> falses = new ArrayList<>();
        Set<String> allDocs = new TreeSet<>(goldT.keySet());
        allDocs.addAll(predT.keySet());
        for (String doc : allDocs) {
            if (!docN.containsKey(doc)) {
                continue;
            }
            String dn = docN.get(doc);
            List<Map<String, Object>> gs = goldT.getOrDefault(doc, List.of());
            List<List<int[]>> gsp = new ArrayList<>();
            for (Map<String, Object> g : gs) {
                gsp.add(spans(dn, String.valueOf(g.get("quote"))));
            }
            boolean[] used = new boolean[gs.size()];
            for (Map<String, Object> p : predT.getOrDefault(doc, List.of())) {
                Object pq = p.get("quote");
                List<int[]> ps = spans(dn, pq == null ? "" : String.valueOf(pq));
                int best = -1;
                for (int i = 0; i < gs.size() && best < 0; i++) {
                    if (used[i] || !sameValue(p, gs.get(i))) {
                        continue;
                    }
                    outer:
                    for (int[] a : ps) {
                        for (int[] b : gsp.get(i)) {
                            if (a[0] < b[1] && b[0] < a[1]) {
                                best = i;
                                break outer;
                            }
                        }
                    }
                }
                if (best < 0) {
                    fp++;
                    falses.add(java.util.Arrays.asList(doc, p.get("quote"), p.get("value"), p.get("unit")));
                    continue;
                }
                used[best] = true;
                tp++;
                Map<String, Object> g = gs.get(best);
                for (String fld : new String[] {"kind", "measure", "comparator", "year"}) {
                    fieldHits.merge(fld, py(p.get(fld)).equals(py(g.get(fld))) ? 1 : 0, Integer::sum);
                }
                Object gt = g.get("theme");
                if (gt != null && !"".equals(gt) && !Boolean.FALSE.equals(gt)) {
                    themed++;
                    themeHits += gt.equals(p.get("theme")) ? 1 : 0;
                }
                double f1 = charF1(str(p.get("indicator")), str(g.get("indicator")));
                indicatorF1 += f1;
                boolean all = true;
                for (String k : new String[] {"kind", "measure", "comparator", "year"}) {
                    all &= py(p.get(k)).equals(py(g.get(k)));
                }
                if (all && f1 >= STRICT_INDICATOR_F1) {
                    strictTp++;
                }
                fieldHits.merge("indicator_exact", norm(str(p.get("indicator"))).equals(norm(str(g.get("indicator")))) ? 1 : 0, Integer::sum);
            }
            for (int i = 0; i < gs.size(); i++) {
                if (!used[i]) {
                    fn++;
                    Map<String, Object> g = gs.get(i);
                    misses.add(java.util.Arrays.asList(doc, g.get("quote"), g.get("value"), g.get("unit")));
                }
            }
        }
        double[] prf = prf(tp, fp, fn);
        double[] sprf = prf(strictTp, tp + fp - strictTp, tp + fn - strictTp);
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("gold", tp + fn);
        targets.put("predicted", tp + fp);
        targets.put("matched", tp);
        targets.put("precision", round4(prf[0]));
        targets.put("recall", round4(prf[1]));
        targets.put("f1", round4(prf[2]));
        targets.put("strict_matched", strictTp);
        targets.put("strict_precision", round4(sprf[0]));
        targets.put("strict_recall", round4(sprf[1]));
        targets.put("strict_f1", round4(sprf[2]));
        Map<String, Object> fields = new LinkedHashMap<>();
        final int matched = tp;
        fieldHits.forEach((k, v) -> fields.put(k, matched == 0 ? 0.0 : round4((double) v / matched)));
        if (tp > 0) {
            fields.put("indicator_char_f1", round4(indicatorF1 / tp));
        }
        if (themed > 0) {
            fields.put("theme", round4((double) themeHits / themed));
        }
        Map<String, Object> res = new LinkedHashMap<>();
        res.put("targets", targets);
        res.put("fields_over_matched", fields);

        int etp = 0;
        int efp = 0;
        int efn = 0;
        int etpUntyped = 0;
        TypedFMeasure byType = new TypedFMeasure();
        for (String doc : goldE.keySet()) {
            Set<List<String>> g = new HashSet<>();
            Set<String> gt = new HashSet<>();
            for (Map<String, Object> r : goldE.get(doc)) {
                g.add(List.of(norm(str(r.get("text"))), str(r.get("type"))));
                gt.add(norm(str(r.get("text"))));
            }
            Set<List<String>> p = new HashSet<>();
            Set<String> pt = new HashSet<>();
            for (Map<String, Object> r : predE.getOrDefault(doc, List.of())) {
                p.add(java.util.Arrays.asList(norm(str(r.get("text"))), r.get("type") == null ? null : String.valueOf(r.get("type"))));
                pt.add(norm(str(r.get("text"))));
            }
            byType.addDocument(keys(g), keys(p));
            for (List<String> k : p) {
                if (g.contains(k)) {
                    etp++;
                } else {
                    efp++;
                }
            }
            for (List<String> k : g) {
                if (!p.contains(k)) {
                    efn++;
                }
            }
            for (String k : pt) {
                if (gt.contains(k)) {
                    etpUntyped++;
                }
            }
        }
        if (!goldE.isEmpty()) {
            double[] e = prf(etp, efp, efn);
            Map<String, Object> ents = new LinkedHashMap<>();
            ents.put("gold", etp + efn);
            ents.put("predicted", etp + efp);
            ents.put("matched", etp);
            ents.put("precision", round4(e[0]));
            ents.put("recall", round4(e[1]));
            ents.put("f1", round4(e[2]));
            ents.put("matched_ignoring_type", etpUntyped);
            ents.put("by_type", byType.summary());
            res.put("entities", ents);
        }
        return new Report(res, misses, falses);
    }

    private static List<TypedFMeasure.Key> keys(Set<List<String>> pairs) {
        return pairs.stream().map(k -> new TypedFMeasure.Key(k.get(0), k.get(1))).toList();
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static double[] prf(int tp, int fp, int fn) {
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new double[] {p, r, f};
    }
}
