package io.mubiao.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mubiao.testing.TestKafka;
import io.mubiao.testing.ServiceProcess;
import io.mubiao.testing.TestPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The four packaged services as separate processes on the in-process KRaft broker and the embedded PostgreSQL
 * of test-support (as e2e-tests starts them), with the seeds uploaded through the gateway and extracted.
 */
final class Stack implements AutoCloseable {
    static final Path ROOT = Path.of(System.getProperty("mubiao.root", "..")).toAbsolutePath().normalize();
    /** Write key the gateway is configured with (MUBIAO_API_KEYS); the page sends it as X-API-Key. */
    static final String API_KEY = "ui-test-key-7f3a";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ServiceProcess> services = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ServiceProcess gateway;
    /** seed file name → document id */
    final Map<String, String> seeds = new LinkedHashMap<>();

    static Stack start() throws Exception {
        Stack s = new Stack();
        try {
            s.launch();
            s.ingestSeeds();
        } catch (Exception | Error e) {
            s.close();
            throw e;
        }
        return s;
    }

    private void launch() throws Exception {
        String kafka = TestKafka.bootstrapServers();
        Map<String, String> db = Map.of("QUARKUS_DATASOURCE_USERNAME", TestPostgres.USER,
                "QUARKUS_DATASOURCE_PASSWORD", TestPostgres.PASSWORD);
        // Broker and database first (they pick their own ports), then the services' ports.
        String ingestDb = TestPostgres.jdbcUrl("ui_ingest");
        String targetsDb = TestPostgres.jdbcUrl("ui_targets");
        int ingestPort = ServiceProcess.freePort();
        int targetsPort = ServiceProcess.freePort();
        services.add(start("ingest-service", ingestPort, merge(db, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka, "QUARKUS_DATASOURCE_JDBC_URL", ingestDb))));
        int extractPort = ServiceProcess.freePort();
        services.add(start("extract-service", extractPort,
                Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka)));
        services.add(start("targets-service", targetsPort, merge(db, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka, "QUARKUS_DATASOURCE_JDBC_URL", targetsDb))));
        // The gateway reads the topics for /api/v1/events; writes need one of MUBIAO_API_KEYS.
        gateway = start("gateway", ServiceProcess.freePort(), Map.of(
                "QUARKUS_REST_CLIENT_INGEST_URL", "http://127.0.0.1:" + ingestPort,
                "QUARKUS_REST_CLIENT_TARGETS_URL", "http://127.0.0.1:" + targetsPort,
                "QUARKUS_REST_CLIENT_EXTRACT_URL", "http://127.0.0.1:" + extractPort,
                "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "MUBIAO_API_KEYS", API_KEY));
        services.add(gateway);
        for (ServiceProcess s : services) {
            // generous: four JVMs start at once, and a shared machine can be slow to give them the CPU
            s.awaitReady(Duration.ofSeconds(300));
        }
    }

    private void ingestSeeds() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(ROOT.resolve("seeds"))) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        for (Path f : files) {
            seeds.put(f.getFileName().toString(), upload(Files.readAllBytes(f), f.getFileName().toString()));
        }
        for (String id : seeds.values()) {
            awaitExtracted(id, Duration.ofSeconds(120));
        }
    }

    String upload(byte[] body, String fileName) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(gateway.url() + "/api/v1/documents?fileName="
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8) + "&source=ui-tests"))
                .header("Content-Type", "text/plain; charset=UTF-8").header("X-API-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202 && r.statusCode() != 200) {
            throw new IllegalStateException("upload of " + fileName + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body()).get("id").asText();
    }

    void awaitExtracted(String id, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = get("/api/v1/documents/" + id, "application/json");
            if (r.statusCode() == 200) {
                last = JSON.readTree(r.body()).path("status").asText();
                if (last.equals("EXTRACTED")) {
                    return;
                }
                if (last.equals("FAILED")) {
                    throw new IllegalStateException("document " + id + " failed: " + r.body());
                }
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("document " + id + " not extracted within " + timeout + " (status " + last + ")");
    }

    HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(gateway.url() + pathAndQuery)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> getBytes(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(gateway.url() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GET of the gateway's API as JSON; fails on any status but 200. */
    JsonNode json(String path, Map<String, String> query) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path + query(query), "application/json");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + query(query) + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    static String query(Map<String, String> q) {
        if (q == null || q.isEmpty()) {
            return "";
        }
        return "?" + q.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    String url() {
        return gateway.url();
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> m = new HashMap<>(a);
        m.putAll(b);
        return m;
    }

    @Override
    public void close() {
        services.forEach(ServiceProcess::close);
    }

    /** A packaged service as a process, its log in {@code ui-tests/target/NAME.log}. */
    private static ServiceProcess start(String name, int port, Map<String, String> env) throws java.io.IOException {
        return ServiceProcess.start(ROOT, name, port, env, ROOT.resolve("ui-tests/target"));
    }
}
