package io.mubiao.benchmarks;

import io.mubiao.extract.core.Extractor;
import io.mubiao.extract.core.SourceDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The JMH comparison's companion for a shared machine: each engine on one thread, throughput per second of this
 * thread's CPU time (ThreadMXBean) rather than of wall time, so other processes competing for the cores change the
 * figures much less (caches and frequency still do). Engines run in turns, round-robin, so a burst of load falls on
 * all of them. Usage: {@code CpuTimeComparison [rounds] [seconds-per-turn]}; writes cpu-time.md.
 */
public final class CpuTimeComparison {
    private CpuTimeComparison() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        double turnSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 8;
        SeedCorpus corpus = SeedCorpus.load();
        List<SourceDocument> docs = corpus.documents().stream().map(d -> new SourceDocument(d.name(), d.text(), null)).toList();
        Map<String, Consumer<String>> engines = new LinkedHashMap<>();
        Extractor extractor = new Extractor();
        Map<String, SourceDocument> byText = new java.util.IdentityHashMap<>();
        docs.forEach(d -> byText.put(d.text(), d));
        engines.put("extraction core (targets + entities)", t -> extractor.extract(byText.get(t)));
        HanLpTagger hanlp = new HanLpTagger();
        engines.put("HanLP NER alone", hanlp::tag);
        if (JmhSuite.present("io.mubiao.benchmarks.corenlp.CoreNlpChineseNer")) {
            EntityTagger corenlp = (EntityTagger) Class.forName("io.mubiao.benchmarks.corenlp.CoreNlpChineseNer").getConstructor().newInstance();
            engines.put("CoreNLP Chinese NER", corenlp::tag);
        }
        List<String> texts = docs.stream().map(SourceDocument::text).toList();
        Map<String, long[]> totals = new LinkedHashMap<>(); // chars, cpu ns, wall ns
        engines.keySet().forEach(k -> totals.put(k, new long[3]));
        Map<String, int[]> cursor = new LinkedHashMap<>(); // each engine walks the corpus across its turns
        engines.keySet().forEach(k -> cursor.put(k, new int[1]));
        String loadBefore = Machine.loadAverage();
        for (int round = 0; round <= rounds; round++) { // round 0 warms up and is not counted
            for (Map.Entry<String, Consumer<String>> e : engines.entrySet()) {
                int[] i = cursor.get(e.getKey());
                Turn turn = Turn.run(turnSeconds, () -> {
                    String t = texts.get(i[0]++ % texts.size());
                    e.getValue().accept(t);
                    return t.length();
                });
                if (round > 0) {
                    turn.addTo(totals.get(e.getKey()));
                }
                System.err.printf("round %d %s: %d chars%n", round, e.getKey(), turn.units());
            }
        }
        String loadAfter = Machine.loadAverage();
        StringBuilder b = new StringBuilder("### Single thread per CPU-second — ").append(Results.now()).append("\n\n")
                .append(String.format("%d counted rounds of %.0f s per engine, round-robin, after one warm-up round; load average before %s, after %s. %s%n%n",
                        rounds, turnSeconds, loadBefore, loadAfter, Machine.describe()))
                .append("| engine | chars per CPU-second | chars per wall-second | CPU share of wall | core ÷ this (CPU) |\n|---|---:|---:|---:|---:|\n");
        double core = 0;
        for (Map.Entry<String, long[]> e : totals.entrySet()) {
            long[] t = e.getValue();
            double perCpu = t[0] / (t[1] / 1e9);
            if (core == 0) {
                core = perCpu;
            }
            b.append(String.format("| %s | %s | %s | %.0f %% | %.1f× |%n", e.getKey(), Results.si(perCpu), Results.si(t[0] / (t[2] / 1e9)),
                    100.0 * t[1] / t[2], core / perCpu));
        }
        Results.publish("cpu-time.md", b.toString());
    }
}
