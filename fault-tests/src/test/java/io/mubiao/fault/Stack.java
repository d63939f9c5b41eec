package io.mubiao.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The production-like local stack as separate processes, as bin/mubiao runs it: the KRaft broker from
 * deploy/local/kafka, PostgreSQL from deploy/local/postgres, and the four packaged services.
 */
final class Stack implements AutoCloseable {
    static final Path ROOT = Path.of(System.getProperty("mubiao.root", "..")).toAbsolutePath().normalize();
    static final Path WORK = ROOT.resolve("fault-tests/target/stack");
    static final String API_KEY = "fault-" + java.util.UUID.randomUUID();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final int kafkaPort = freePort();
    final int controllerPort = freePort();
    final int pgPort = freePort();
    final Map<String, Integer> ports = new HashMap<>();
    final ChildProcess kafka;
    final ChildProcess postgres;
    final Map<String, ChildProcess> services = new HashMap<>();

    Stack() throws Exception {
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        String kafkaCp = classpath("kafka");
        Path conf = WORK.resolve("kafka-server.properties");
        Path data = WORK.resolve("kafka-data");
        Files.writeString(conf, Files.readString(ROOT.resolve("deploy/local/kafka/server.properties.template"))
                .replace("@PORT@", String.valueOf(kafkaPort)).replace("@CONTROLLER_PORT@", String.valueOf(controllerPort))
                .replace("@DATA@", data.toString()));
        String log4j = "-Dlog4j2.configurationFile=" + ROOT.resolve("deploy/local/kafka/log4j2.properties");
        run(List.of(ChildProcess.java(), log4j, "-cp", kafkaCp, "kafka.tools.StorageTool", "format", "-t",
                clusterId(), "-c", conf.toString()));
        kafka = new ChildProcess("kafka", WORK.resolve("kafka.log"), ROOT,
                List.of(ChildProcess.java(), "-Xmx384m", log4j, "-cp", kafkaCp, "kafka.Kafka", conf.toString()), Map.of());
        startKafka();
        run(List.of(ChildProcess.java(), "-cp", kafkaCp, ROOT.resolve("deploy/local/kafka/CreateTopics.java").toString(),
                bootstrap()));

        postgres = new ChildProcess("postgres", WORK.resolve("postgres.log"), ROOT, List.of(ChildProcess.java(), "-Xmx128m",
                "-cp", classpath("postgres"), ROOT.resolve("deploy/local/postgres/EmbeddedPostgresMain.java").toString(),
                String.valueOf(pgPort), WORK.resolve("pg-data").toString(), "mubiao_ingest", "mubiao_targets"), Map.of());
        startPostgres();

        for (String s : List.of("ingest-service", "extract-service", "targets-service", "gateway")) {
            ports.put(s, freePort());
        }
        for (String s : List.of("ingest-service", "extract-service", "targets-service", "gateway")) {
            services.put(s, service(s));
            services.get(s).start();
        }
        for (String s : services.keySet()) {
            awaitReady(s, Duration.ofSeconds(180));
        }
    }

    String bootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    String gateway() {
        return url("gateway");
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    void startKafka() throws Exception {
        int before = count(kafka.log, "Kafka Server started");
        kafka.start();
        kafka.awaitUntil("broker start", Duration.ofSeconds(90), () -> count(kafka.log, "Kafka Server started") > before);
    }

    void startPostgres() throws Exception {
        int before = count(postgres.log, "PostgreSQL ready");
        postgres.start();
        postgres.awaitUntil("PostgreSQL start", Duration.ofSeconds(90), () -> count(postgres.log, "PostgreSQL ready") > before);
    }

    private ChildProcess service(String name) {
        Map<String, String> env = new HashMap<>(Map.of("QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_HTTP_PORT", String.valueOf(ports.get(name)), "KAFKA_BOOTSTRAP_SERVERS", bootstrap(),
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                // Outbox relay every second, so a document stored while the broker was away goes out soon after.
                "MUBIAO_INGEST_RELAY_INTERVAL", "1s"));
        switch (name) {
            case "ingest-service" -> env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + pgPort + "/mubiao_ingest");
            case "targets-service" -> env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + pgPort + "/mubiao_targets");
            case "gateway" -> {
                env.put("QUARKUS_REST_CLIENT_INGEST_URL", url("ingest-service"));
                env.put("QUARKUS_REST_CLIENT_TARGETS_URL", url("targets-service"));
                env.put("QUARKUS_REST_CLIENT_EXTRACT_URL", url("extract-service"));
                env.put("MUBIAO_API_KEYS", API_KEY);
                env.put("MUBIAO_RATE_LIMIT_REQUESTS_PER_SECOND", "10000");
                env.put("MUBIAO_RATE_LIMIT_BURST", "10000");
            }
            default -> { }
        }
        Path jar = ROOT.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first");
        }
        return new ChildProcess(name, WORK.resolve(name + ".log"), ROOT,
                List.of(ChildProcess.java(), "-Xmx256m", "-jar", jar.toString()), env);
    }

    void awaitReady(String service, Duration timeout) throws Exception {
        services.get(service).awaitUntil("readiness", timeout, () -> readyStatus(service) == 200);
    }

    /** The status of /q/health/ready, or -1 when the service does not answer. */
    int readyStatus(String service) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        List<ChildProcess> order = new ArrayList<>();
        for (String s : List.of("gateway", "targets-service", "extract-service", "ingest-service")) {
            if (services.containsKey(s)) {
                order.add(services.get(s));
            }
        }
        order.forEach(ChildProcess::stop);
        postgres.stop();
        kafka.stop();
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** A KRaft cluster id: 16 random bytes, base64url without padding (what StorageTool random-uuid prints). */
    static String clusterId() {
        byte[] b = new byte[16];
        new java.security.SecureRandom().nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static int freePort() {
        try {
            return io.mubiao.testing.ServiceProcess.freePort(); // never the same port twice in this JVM
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static int count(Path log, String needle) {
        try {
            if (!Files.exists(log)) {
                return 0;
            }
            String s = Files.readString(log);
            int n = 0;
            for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
                n++;
            }
            return n;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The resolved classpath of a deploy/local pom, as bin/mubiao resolves it. */
    static String classpath(String module) throws Exception {
        Path out = WORK.resolve(module + ".classpath");
        List<String> cmd = new ArrayList<>(List.of("mvn", "-B", "-q", "dependency:build-classpath",
                "-Dmdep.outputFile=" + out));
        if (Boolean.getBoolean("mubiao.offline")) {
            cmd.add(1, "-o");
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.resolve("deploy/local/" + module).toFile())
                .redirectErrorStream(true).redirectOutput(WORK.resolve(module + "-classpath.log").toFile());
        if (pb.start().waitFor() != 0 || !Files.exists(out)) {
            throw new IllegalStateException("could not resolve the classpath of deploy/local/" + module);
        }
        return Files.readString(out).strip();
    }

    static void run(List<String> cmd) throws Exception {
        Path log = WORK.resolve("setup.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + cmd + " (see " + log + ")");
        }
    }

    static void deleteRecursively(Path p) throws IOException {
        if (Files.exists(p)) {
            try (var s = Files.walk(p)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
