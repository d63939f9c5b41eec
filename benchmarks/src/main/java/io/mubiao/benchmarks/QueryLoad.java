package io.mubiao.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Query load on a running stack: at least {@code --targets} stored targets (the seeds' extracted targets copied by bulk
 * SQL under generated document ids, V1 columns only), then {@code GET /api/v1/targets} with a mix of typical filters
 * through the gateway by {@code --concurrency} loopback clients for {@code --duration} seconds (after
 * {@code --warmup}), beside the same queries (count + page, as targets-service runs them) straight against PostgreSQL
 * over JDBC, the floor. Reports requests/s, p50/p99 and the peak memory of each service under the HTTP load. Writes
 * query.md and docs/img/query-latency.png (bench.img).
 */
public final class QueryLoad {
    private QueryLoad() {
    }

    /** Latencies (ms) and errors of one side. */
    record Side(String name, List<Double> all, Map<String, List<Double>> byQuery, long errors, double seconds) {
    }

    interface Call {
        /** Runs one request; false when it failed. */
        boolean run(TargetQuery q) throws Exception;
    }

    public static void main(String[] argv) throws Exception {
        String pgPort = Args.env("MUBIAO_PG_PORT", "55432");
        Args a = new Args(argv, Map.of(
                "gateway", "http://127.0.0.1:" + Args.env("MUBIAO_GATEWAY_PORT", "8080"),
                "db", Args.env("MUBIAO_TARGETS_DB_URL", "jdbc:postgresql://127.0.0.1:" + pgPort + "/mubiao_targets"),
                "db-user", Args.env("MUBIAO_DB_USER", "postgres"),
                "db-password", Args.env("MUBIAO_DB_PASSWORD", "postgres"),
                "targets", "100000", "concurrency", "4", "duration", "30", "warmup", "10"));
        String gateway = a.get("gateway");
        SeedCorpus corpus = SeedCorpus.load();
        List<String> seedIds = new ArrayList<>();
        String pgUrl = a.get("db");
        try (Connection db = DriverManager.getConnection(pgUrl, a.get("db-user"), a.get("db-password"));
             QueryableWatcher watcher = new QueryableWatcher(pgUrl, a.get("db-user"), a.get("db-password"))) {
            // the seeds, extracted by the real services (200 with the same id when they are already there)
            Uploader up = new Uploader(gateway);
            for (SeedCorpus.Doc d : corpus.documents()) {
                String id = up.upload(d.name(), d.text()).id();
                seedIds.add(id);
                watcher.watch(id);
            }
            if (!watcher.awaitAll(300_000)) {
                throw new IllegalStateException("the seeds were not extracted within 5 minutes");
            }
            long stored = fill(db, seedIds, a.integer("targets"));
            System.out.println("# targets stored: " + stored);
        }

        String document;
        String indicator;
        String word = "亿元";
        try (Connection db = DriverManager.getConnection(pgUrl, a.get("db-user"), a.get("db-password"));
             Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("select document_id from targets where document_id like 'bq%' group by document_id order by count(*) desc limit 1")) {
                rs.next();
                document = rs.getString(1);
            }
            try (ResultSet rs = st.executeQuery("select indicator from targets where length(indicator) between 2 and 8 group by indicator order by count(*) desc limit 1")) {
                rs.next();
                indicator = rs.getString(1);
            }
        }
        List<TargetQuery> mix = TargetQuery.typicalMix(document, indicator, word);
        int c = a.integer("concurrency");
        long warm = a.integer("warmup") * 1000L;
        long dur = a.integer("duration") * 1000L;

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        Call api = q -> {
            HttpRequest req = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/targets?" + q.queryString()))
                    .timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200;
        };
        String loadBefore = Machine.loadAverage();
        PeakMemory.resetPeaks();
        run("warm-up", c, warm, mix, () -> api);
        Side apiSide = run("GET /api/v1/targets (gateway → targets-service)", c, dur, mix, () -> api);
        String memory = PeakMemory.table("during the query load");
        String loadMid = Machine.loadAverage();

        ThreadLocal<Connection> conns = ThreadLocal.withInitial(() -> {
            try {
                return DriverManager.getConnection(pgUrl, a.get("db-user"), a.get("db-password"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Call direct = q -> q.runDirect(conns.get()) >= 0;
        run("warm-up", c, warm, mix, () -> direct);
        Side pgSide = run("the same SQL over JDBC (count + page)", c, dur, mix, () -> direct);
        String loadAfter = Machine.loadAverage();

        StringBuilder md = new StringBuilder();
        md.append("### Query load — ").append(Results.now()).append("\n\n").append(Machine.describe()).append("\n\n");
        md.append(String.format("%d concurrent loopback clients, %d s measured after %d s warm-up per side, query mix round-robin over %d typical requests; load average before %s, between %s, after %s.%n%n",
                c, dur / 1000, warm / 1000, mix.size(), loadBefore, loadMid, loadAfter));
        md.append("| side | requests | requests/s | p50 ms | p99 ms | max ms | errors |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Side s : List.of(apiSide, pgSide)) {
            Percentiles p = new Percentiles(s.all());
            md.append(String.format("| %s | %d | %.0f | %.2f | %.2f | %.1f | %d |%n", s.name(), p.count(), p.count() / s.seconds(),
                    p.at(50), p.at(99), p.max(), s.errors()));
        }
        double ratio = new Percentiles(apiSide.all()).at(99) / new Percentiles(pgSide.all()).at(99);
        md.append(String.format("%nAPI p99 ÷ PostgreSQL p99 = **%.2f** (bar: ≤ 3).%n%n", ratio));
        md.append("| request | API p50 | API p99 | SQL p50 | SQL p99 |\n|---|---:|---:|---:|---:|\n");
        for (TargetQuery q : mix) {
            Percentiles x = new Percentiles(apiSide.byQuery().get(q.name()));
            Percentiles y = new Percentiles(pgSide.byQuery().get(q.name()));
            md.append(String.format("| `%s` | %.2f | %.2f | %.2f | %.2f |%n", q.queryString(), x.at(50), x.at(99), y.at(50), y.at(99)));
        }
        md.append("\nPeak memory under the HTTP query load (VmHWM restarted just before it):\n\n").append(memory);
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("GET /api/v1/targets", apiSide.all().stream().mapToDouble(Double::doubleValue).toArray());
        series.put("same SQL over JDBC", pgSide.all().stream().mapToDouble(Double::doubleValue).toArray());
        Path img = Path.of(System.getProperty("bench.img", "docs/img")).resolve("query-latency.png");
        LatencyChart.write(img, "Query latency, " + c + " clients", series);
        md.append("\nChart: ").append(img).append('\n');
        Results.publish("query.md", md.toString());
        System.exit(0);
    }

    /**
     * Copies the seed documents' targets under generated document ids ("bq" + copy + seed id) until the targets table
     * holds at least {@code want} rows: every column the read model's queries filter or show (V1 and V2; the copies
     * have no entity mentions).
     */
    static long fill(Connection db, List<String> seedIds, int want) throws SQLException {
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            long have = count(st, "select count(*) from targets");
            long perCopy = count(st, "select count(*) from targets where document_id in ('" + String.join("','", seedIds) + "')");
            if (have < want && perCopy > 0) {
                long first = count(st, "select coalesce(max(substring(id from 3 for 6)::int), 0) from documents where id ~ '^bq[0-9]{6}-'") + 1;
                long copies = (want - have + perCopy - 1) / perCopy;
                String seeds = "('" + String.join("','", seedIds) + "')";
                String copyRange = "generate_series(" + first + ", " + (first + copies - 1) + ")";
                st.executeUpdate("insert into documents (id, title, file_name, source, content_type, size_bytes, char_count, document_date, genre,"
                        + " issuer, metadata_sources, received_at, status, extractor_version, extracted_at, target_count, entity_count, updated_at)"
                        + " select 'bq' || lpad(g::text, 6, '0') || '-' || d.id, d.title, d.file_name, 'benchmark copy', d.content_type,"
                        + " d.size_bytes, d.char_count, d.document_date, d.genre, d.issuer, d.metadata_sources, d.received_at, d.status,"
                        + " d.extractor_version, d.extracted_at, d.target_count, 0, now() from documents d cross join " + copyRange
                        + " g where d.id in " + seeds);
                st.executeUpdate("insert into targets (document_id, ordinal, indicator, indicator_key, subject, kind, measure, value,"
                        + " value_max, unit, comparator, year, year_from, year_to, normalized_value, base_unit, theme, quote, sentence,"
                        + " start_offset, end_offset, sentence_start, sentence_end, extractor_version, section)"
                        + " select 'bq' || lpad(g::text, 6, '0') || '-' || t.document_id, t.ordinal, t.indicator, t.indicator_key,"
                        + " t.subject, t.kind, t.measure, t.value, t.value_max, t.unit, t.comparator, t.year, t.year_from, t.year_to,"
                        + " t.normalized_value, t.base_unit, t.theme, t.quote, t.sentence, t.start_offset, t.end_offset,"
                        + " t.sentence_start, t.sentence_end, t.extractor_version, t.section"
                        + " from targets t cross join " + copyRange + " g where t.document_id in " + seeds);
                db.commit();
                db.setAutoCommit(true);
                st.execute("analyze targets");
                st.execute("analyze documents");
            }
            db.setAutoCommit(true);
            return count(st, "select count(*) from targets");
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Side run(String name, int concurrency, long millis, List<TargetQuery> mix, java.util.function.Supplier<Call> call) throws Exception {
        List<Double> all = Collections.synchronizedList(new ArrayList<>());
        Map<String, List<Double>> byQuery = new LinkedHashMap<>();
        mix.forEach(q -> byQuery.put(q.name(), Collections.synchronizedList(new ArrayList<>())));
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        long end = start + millis * 1_000_000;
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            final int offset = t;
            fs.add(pool.submit(() -> {
                Call c = call.get();
                for (int i = offset; System.nanoTime() < end; i++) {
                    TargetQuery q = mix.get(i % mix.size());
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = c.run(q);
                    } catch (Exception e) {
                        ok = false;
                    }
                    double ms = (System.nanoTime() - t0) / 1e6;
                    if (ok) {
                        all.add(ms);
                        byQuery.get(q.name()).add(ms);
                    } else {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Side(name, all, byQuery, errors.get(), seconds);
    }
}
