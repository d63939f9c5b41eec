package io.mubiao.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * End to end on a running stack: documents posted through the gateway until every one is queryable in targets-service.
 *
 * <ol>
 *   <li>warm-up to steady state: {@code --warmup-docs} seed variants, uploaded like the throughput run and awaited,
 *       then rounds of {@code --warmup-round} until the services' JIT compiler threads use at most
 *       {@code --warmup-jit-share} of their CPU, or {@code --warmup-max-docs} (the extraction core's JMH figure is
 *       warmed up too);</li>
 *   <li>throughput: {@code --docs} seed variants (each seed with a unique marker line) posted by {@code --concurrency}
 *       clients as fast as the gateway takes them; documents/s and characters/s from the first upload to the last
 *       document queryable, and the ratio to the extraction core's single-thread characters/s, measured by this
 *       JVM just before and just after the run ({@link CoreSpeed}, {@code --core-seconds} each, the stack idle; 0:
 *       from jmh.json instead);</li>
 *   <li>latency at moderate load: {@code --latency-docs} documents of exactly {@code --length} characters, one every
 *       1/{@code --rate} s (open loop); {@code --rate auto} offers {@code --utilization} (0.25) of the characters/s
 *       the throughput run measured.</li>
 * </ol>
 * For each document: upload response → its documents.extracted record (Kafka record timestamp) and → queryable
 * (targets-service's documents.updated_at; and when this client's 50 ms poll first saw it). Writes e2e.md, e2e.csv and
 * the chart docs/img/e2e-latency.png (bench.img).
 */
public final class EndToEndLoad {
    private EndToEndLoad() {
    }

    /** One uploaded document with its timings (epoch ms; null when never seen). */
    record Sample(String phase, Uploader.Accepted upload, Long extractedAt, QueryableWatcher.Seen queryable) {
        Double toExtracted() {
            return extractedAt == null ? null : (double) (extractedAt - upload.respondedAtMillis());
        }

        Double toQueryable() {
            return queryable == null ? null : (double) (queryable.updatedAtMillis() - upload.respondedAtMillis());
        }

        Double toObserved() {
            return queryable == null ? null : (double) (queryable.observedAtMillis() - upload.respondedAtMillis());
        }
    }

    public static void main(String[] argv) throws Exception {
        String pgPort = Args.env("MUBIAO_PG_PORT", "55432");
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("gateway", "http://127.0.0.1:" + Args.env("MUBIAO_GATEWAY_PORT", "8080"));
        defaults.put("kafka", "127.0.0.1:" + Args.env("MUBIAO_KAFKA_PORT", "9092"));
        defaults.put("db", Args.env("MUBIAO_TARGETS_DB_URL", "jdbc:postgresql://127.0.0.1:" + pgPort + "/mubiao_targets"));
        defaults.put("db-user", Args.env("MUBIAO_DB_USER", "postgres"));
        defaults.put("db-password", Args.env("MUBIAO_DB_PASSWORD", "postgres"));
        defaults.put("warmup-docs", "3000");
        defaults.put("warmup-round", "1000");
        defaults.put("warmup-jit-share", "0.08");
        defaults.put("warmup-max-docs", "15000");
        defaults.put("core-seconds", "20");
        defaults.put("docs", "2000");
        defaults.put("concurrency", "4");
        defaults.put("latency-docs", "30");
        defaults.put("rate", "auto");
        defaults.put("utilization", "0.25");
        defaults.put("length", "20000");
        Args a = new Args(argv, defaults);
        SeedCorpus corpus = SeedCorpus.load();
        String run = UUID.randomUUID().toString().substring(0, 8);
        DocumentVariants variants = new DocumentVariants(corpus, run);
        Uploader uploader = new Uploader(a.get("gateway"));
        StringBuilder md = new StringBuilder();
        List<Sample> all = new ArrayList<>();
        try (ExtractedTopicWatcher topic = new ExtractedTopicWatcher(a.get("kafka"));
             QueryableWatcher queryable = new QueryableWatcher(a.get("db"), a.get("db-user"), a.get("db-password"))) {
            md.append("### End to end (run ").append(run).append(") — ").append(Results.now()).append("\n\n")
                    .append(Machine.describe()).append("\n\n");

            // 0. warm-up to steady state, as the extraction core's JMH figure is: a method a service calls once per
            // document reaches C2 compilation only after thousands of documents, so after --warmup-docs the warm-up
            // goes on in rounds of --warmup-round until the JIT compiler threads use at most --warmup-jit-share of the
            // services' CPU (or --warmup-max-docs); each round is reported
            md.append(warmUp(a, uploader, queryable, run, variants));
            if (Boolean.parseBoolean(Args.env("BENCH_JFR", "false"))) {
                // The services record from their start (bench script); their profiles keep what follows this instant.
                Files.writeString(Results.dir().resolve("jfr-since.txt"), Instant.now().toString());
            }

            // the core's single-thread speed, just before and just after the throughput run (the stack idle)
            double coreSeconds = a.real("core-seconds");
            CoreSpeed coreSpeed = coreSeconds > 0 ? new CoreSpeed(corpus) : null;
            Double coreBefore = null;
            if (coreSpeed != null) {
                coreSpeed.warmUp(coreSeconds);
                coreBefore = coreSpeed.charsPerCpuSecond(coreSeconds);
            }

            // 1. throughput
            int n = a.integer("docs");
            String loadBefore = Machine.loadAverage();
            ProcessCpu.Snapshot cpuBefore = ProcessCpu.take(queryable.backendPid());
            List<Uploader.Accepted> accepted = uploadAll(uploader, queryable, a.integer("concurrency"), n,
                    i -> "bench-" + run + "-" + i + ".txt", variants::variant);
            long uploadsDone = System.currentTimeMillis();
            boolean complete = queryable.awaitAll(TimeUnit.MINUTES.toMillis(15));
            ProcessCpu.Snapshot cpuAfter = ProcessCpu.take(queryable.backendPid());
            Thread.sleep(500); // let the topic watcher catch the last records
            String loadAfter = Machine.loadAverage();
            List<Sample> throughput = samples("throughput", accepted, topic, queryable);
            all.addAll(throughput);
            long start = accepted.stream().mapToLong(Uploader.Accepted::sentAtMillis).min().orElseThrow();
            long end = throughput.stream().filter(s -> s.queryable() != null).mapToLong(s -> s.queryable().updatedAtMillis()).max().orElse(start);
            long chars = accepted.stream().mapToLong(Uploader.Accepted::chars).sum();
            double secs = (end - start) / 1000.0;
            double cps = chars / secs;
            Double coreAfter = coreSpeed == null ? null : coreSpeed.charsPerCpuSecond(coreSeconds);
            Double core = coreSpeed == null ? coreSingleThreadCharsPerSecond(corpus) : (coreBefore + coreAfter) / 2;
            md.append("#### Throughput: ").append(n).append(" documents (seed variants, ").append(chars).append(" characters), ")
                    .append(a.get("concurrency")).append(" concurrent uploaders\n\n")
                    .append("| documents | characters | uploads took | all queryable after | documents/s | chars/s | core single-thread chars/s | e2e ÷ core | failed | not seen | load avg before / after |\n")
                    .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n")
                    .append(String.format("| %d | %d | %.1f s | %.1f s | %.1f | %s | %s | %s | %d | %d | %s / %s |%n%n", n, chars,
                            (uploadsDone - start) / 1000.0, secs, n / secs, Results.si(cps), core == null ? "n/a" : Results.si(core),
                            core == null ? "n/a" : String.format("%.2f", cps / core),
                            throughput.stream().filter(s -> s.queryable() != null && !"EXTRACTED".equals(s.queryable().status())).count(),
                            throughput.stream().filter(s -> s.queryable() == null).count(), loadBefore, loadAfter));
            if (coreSpeed != null) {
                md.append(String.format("Core single-thread chars/s: the mean of %s just before and %s just after the "
                        + "throughput run (extraction core on the seed corpus, one thread of this JVM, per CPU-second, "
                        + "%.0f s each after a %.0f s warm-up, the stack idle).%n%n", Results.si(coreBefore),
                        Results.si(coreAfter), coreSeconds, coreSeconds));
            }
            if (!complete) {
                md.append("**Not every document became queryable within 15 minutes.**\n\n");
            }
            md.append(ProcessCpu.table(cpuBefore, cpuAfter, n));
            latencyTable(md, "Latency under the throughput run (saturated: includes the queue)", throughput);

            // 2. latency at moderate load
            int m = a.integer("latency-docs");
            int length = a.integer("length");
            // moderate = a fixed share of the capacity just measured, unless --rate gives documents per second
            double rate = "auto".equals(a.get("rate")) ? a.real("utilization") * cps / length : a.real("rate");
            long periodMicros = Math.round(1_000_000 / rate);
            String loadBefore2 = Machine.loadAverage();
            List<Uploader.Accepted> paced = Collections.synchronizedList(new ArrayList<>());
            ScheduledExecutorService ticker = Executors.newScheduledThreadPool(4);
            AtomicInteger k = new AtomicInteger();
            List<Future<?>> pacedDone = Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < m; i++) {
                final int idx = n + i;
                pacedDone.add(ticker.schedule(() -> {
                    Uploader.Accepted u = uploader.upload("bench-" + run + "-" + idx + ".txt", variants.ofLength(idx, length));
                    queryable.watch(u.id());
                    paced.add(u);
                    k.incrementAndGet();
                    return null;
                }, i * periodMicros, TimeUnit.MICROSECONDS));
            }
            for (Future<?> f : pacedDone) {
                f.get();
            }
            ticker.shutdown();
            boolean complete2 = queryable.awaitAll(TimeUnit.MINUTES.toMillis(5));
            Thread.sleep(500);
            String loadAfter2 = Machine.loadAverage();
            List<Sample> moderate = samples("moderate", paced, topic, queryable);
            all.addAll(moderate);
            md.append(String.format("#### Latency at moderate load: %d documents of %d characters, one every %.1f s (%s chars/s offered = %.0f %% of the throughput run's chars/s), load avg before %s, after %s%n%n",
                    m, length, 1 / rate, Results.si(length * rate), 100 * length * rate / cps, loadBefore2, loadAfter2));
            if (!complete2) {
                md.append("**Not every document became queryable within 5 minutes.**\n\n");
            }
            latencyTable(md, "Latency of a " + length + "-character document at moderate load", moderate);

            Map<String, double[]> series = new LinkedHashMap<>();
            series.put("moderate load: upload → queryable", values(moderate, Sample::toQueryable));
            series.put("moderate load: upload → documents.extracted", values(moderate, Sample::toExtracted));
            Path img = Path.of(System.getProperty("bench.img", "docs/img")).resolve("e2e-latency.png");
            LatencyChart.write(img, String.format("End to end: %d-character documents, one every %.1f s", length, 1 / rate), series);
            Map<String, double[]> sat = new LinkedHashMap<>();
            sat.put("throughput run: upload → queryable", values(throughput, Sample::toQueryable));
            LatencyChart.write(img.resolveSibling("e2e-latency-saturated.png"), "End to end, saturated (" + n + " seed variants)", sat);
            md.append("Charts: ").append(img).append(", ").append(img.resolveSibling("e2e-latency-saturated.png")).append("\n");
        }
        writeCsv(all);
        Results.publish("e2e.md", md.toString());
        System.exit(0);
    }

    /** Uploads warm-up rounds until the services' JIT share is low enough; the rounds as a markdown table. */
    private static String warmUp(Args a, Uploader uploader, QueryableWatcher queryable, String run, DocumentVariants variants)
            throws Exception {
        int first = a.integer("warmup-docs");
        int round = a.integer("warmup-round");
        int max = Math.max(first, a.integer("warmup-max-docs"));
        double jitTarget = a.real("warmup-jit-share");
        StringBuilder t = new StringBuilder(String.format("#### Warm-up: %d documents, then rounds of %d until the JIT "
                + "compiler threads use at most %.0f %% of the services' CPU (at most %d documents)%n%n", first, round,
                100 * jitTarget, max))
                .append("| documents so far | round took | chars/s | machine CPU ms per document | JIT share of the services' CPU |\n")
                .append("|---:|---:|---:|---:|---:|\n");
        int done = 0;
        int size = first;
        while (size > 0) {
            int from = done;
            ProcessCpu.Snapshot before = ProcessCpu.take(queryable.backendPid());
            List<Uploader.Accepted> accepted = uploadAll(uploader, queryable, a.integer("concurrency"), size,
                    i -> "bench-" + run + "-warmup-" + (from + i) + ".txt", i -> variants.variant(1_000_000 + from + i));
            queryable.awaitAll(TimeUnit.MINUTES.toMillis(10));
            ProcessCpu.Snapshot after = ProcessCpu.take(queryable.backendPid());
            done += size;
            double secs = (after.atNanos() - before.atNanos()) / 1e9;
            long chars = accepted.stream().mapToLong(Uploader.Accepted::chars).sum();
            double jit = ProcessCpu.jitShare(before, after);
            t.append(String.format("| %d | %.1f s | %s | %.1f | %.0f %% |%n", done, secs, Results.si(chars / secs),
                    1000 * ProcessCpu.machineBusy(before, after) / size, 100 * jit));
            System.err.printf("warm-up: %d documents, JIT %.0f %% of the services' CPU%n", done, 100 * jit);
            size = jit <= jitTarget ? 0 : Math.min(round, max - done);
        }
        return t.append('\n').toString();
    }

    /** Uploads {@code count} documents from {@code concurrency} clients as fast as the gateway answers, each watched. */
    static List<Uploader.Accepted> uploadAll(Uploader uploader, QueryableWatcher queryable, int concurrency, int count,
                                             java.util.function.IntFunction<String> name,
                                             java.util.function.IntFunction<String> text) throws Exception {
        List<Uploader.Accepted> accepted = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                done.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        Uploader.Accepted u = uploader.upload(name.apply(i), text.apply(i));
                        queryable.watch(u.id());
                        accepted.add(u);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
        return accepted;
    }

    private static List<Sample> samples(String phase, List<Uploader.Accepted> accepted, ExtractedTopicWatcher topic, QueryableWatcher q) {
        List<Sample> out = new ArrayList<>();
        for (Uploader.Accepted u : accepted) {
            out.add(new Sample(phase, u, topic.extractedAt(u.id()), q.seen(u.id())));
        }
        return out;
    }

    static double[] values(List<Sample> samples, java.util.function.Function<Sample, Double> f) {
        return samples.stream().map(f).filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
    }

    static void latencyTable(StringBuilder md, String title, List<Sample> samples) {
        md.append("*").append(title).append("* (ms)\n\n| from the upload's response to | n | p50 | p95 | p99 | max |\n|---|---:|---:|---:|---:|---:|\n");
        row(md, "the documents.extracted record (Kafka timestamp)", new Percentiles(values(samples, Sample::toExtracted)));
        row(md, "queryable (documents.updated_at)", new Percentiles(values(samples, Sample::toQueryable)));
        row(md, "queryable, seen by a 50 ms poll", new Percentiles(values(samples, Sample::toObserved)));
        md.append('\n');
    }

    private static void row(StringBuilder md, String what, Percentiles p) {
        md.append(String.format("| %s | %d | %.0f | %.0f | %.0f | %.0f |%n", what, p.count(), p.at(50), p.at(95), p.at(99), p.max()));
    }

    /** The extraction core's single-thread characters/s from the JMH run's jmh.json, if there is one. */
    static Double coreSingleThreadCharsPerSecond(SeedCorpus corpus) {
        Path json = Results.dir().resolve("jmh.json");
        if (!Files.exists(json)) {
            return null;
        }
        try {
            for (var node : new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile())) {
                if ((ExtractorBenchmark.class.getName() + ".single").equals(node.get("benchmark").asText())) {
                    return node.get("primaryMetric").get("score").asDouble() * corpus.characters();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private static void writeCsv(List<Sample> all) throws IOException {
        StringBuilder b = new StringBuilder("phase,id,chars,sent_ms,responded_ms,extracted_record_ms,updated_at_ms,observed_ms,status\n");
        for (Sample s : all) {
            b.append(s.phase()).append(',').append(s.upload().id()).append(',').append(s.upload().chars()).append(',')
                    .append(s.upload().sentAtMillis()).append(',').append(s.upload().respondedAtMillis()).append(',')
                    .append(s.extractedAt() == null ? "" : s.extractedAt()).append(',')
                    .append(s.queryable() == null ? "" : s.queryable().updatedAtMillis()).append(',')
                    .append(s.queryable() == null ? "" : s.queryable().observedAtMillis()).append(',')
                    .append(s.queryable() == null ? "" : s.queryable().status()).append('\n');
        }
        Files.writeString(Results.dir().resolve("e2e.csv"), b, StandardCharsets.UTF_8);
    }
}
