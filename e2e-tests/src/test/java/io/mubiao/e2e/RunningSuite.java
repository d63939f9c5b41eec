package io.mubiao.e2e;

import io.mubiao.testing.TestKafka;
import io.mubiao.testing.ServiceProcess;
import io.mubiao.testing.TestPostgres;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The four packaged services on the in-process broker and embedded PostgreSQL, started once per failsafe
 * JVM on first use and stopped at its exit, so every IT class shares one suite (starting it costs 10–20 s).
 */
final class RunningSuite {
    static final Path ROOT = Path.of(System.getProperty("mubiao.root", "..")).toAbsolutePath().normalize();
    /** The gateway's one API key in these tests (generated per run: never a fixed secret). */
    static final String API_KEY = "e2e-" + java.util.UUID.randomUUID();

    /** How long each service may take to be ready (a loaded machine starts JVMs slowly): mubiao.e2e.ready-seconds. */
    static final Duration READY = Duration.ofSeconds(Long.getLong("mubiao.e2e.ready-seconds", 120));

    private static RunningSuite instance;

    final List<ServiceProcess> services = new ArrayList<>();
    final ServiceProcess gateway;

    private RunningSuite() throws Exception {
        String kafka = TestKafka.bootstrapServers();
        Map<String, String> db = Map.of("QUARKUS_DATASOURCE_USERNAME", TestPostgres.USER,
                "QUARKUS_DATASOURCE_PASSWORD", TestPostgres.PASSWORD);
        // Broker and database first (they pick their own ports), then the services' ports.
        String ingestDb = TestPostgres.jdbcUrl("e2e_ingest");
        String targetsDb = TestPostgres.jdbcUrl("e2e_targets");
        int ingestPort = ServiceProcess.freePort();
        int targetsPort = ServiceProcess.freePort();
        services.add(start("ingest-service", ingestPort, merge(db, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka, "QUARKUS_DATASOURCE_JDBC_URL", ingestDb))));
        int extractPort = ServiceProcess.freePort();
        services.add(start("extract-service", extractPort, Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka)));
        services.add(start("targets-service", targetsPort, merge(db, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka, "QUARKUS_DATASOURCE_JDBC_URL", targetsDb))));
        gateway = start("gateway", ServiceProcess.freePort(), Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka, // the server-sent event stream
                "QUARKUS_REST_CLIENT_INGEST_URL", "http://127.0.0.1:" + ingestPort,
                "QUARKUS_REST_CLIENT_TARGETS_URL", "http://127.0.0.1:" + targetsPort,
                "QUARKUS_REST_CLIENT_EXTRACT_URL", "http://127.0.0.1:" + extractPort,
                "MUBIAO_API_KEYS", API_KEY,
                // The suites send bursts from one address; the limiter itself is tested in the gateway.
                "MUBIAO_RATE_LIMIT_REQUESTS_PER_SECOND", "1000", "MUBIAO_RATE_LIMIT_BURST", "1000"));
        services.add(gateway);
        try {
            for (ServiceProcess s : services) {
                s.awaitReady(READY);
            }
        } catch (RuntimeException | Error e) {
            // no shutdown hook is registered for a suite that never started: stop its services here
            services.forEach(ServiceProcess::close);
            throw e;
        }
    }

    /** The suite, started on first call; RestAssured then points at the gateway. */
    static synchronized RunningSuite get() throws Exception {
        if (instance == null) {
            RunningSuite suite = new RunningSuite();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> suite.services.forEach(ServiceProcess::close),
                    "e2e-suite-stop"));
            instance = suite;
        }
        RestAssured.baseURI = instance.gateway.url();
        RestAssured.port = instance.gateway.port;
        RestAssured.config = RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
        return instance;
    }

    String gatewayUrl() {
        return gateway.url();
    }

    /** A request that carries the API key. */
    static RequestSpecification withKey() {
        return RestAssured.given().spec(new RequestSpecBuilder().addHeader("X-API-Key", API_KEY).build());
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> m = new HashMap<>(a);
        m.putAll(b);
        return m;
    }

    /** A packaged service as a process, its log in {@code e2e-tests/target/NAME.log}. */
    private static ServiceProcess start(String name, int port, Map<String, String> env) throws java.io.IOException {
        return ServiceProcess.start(ROOT, name, port, env, ROOT.resolve("e2e-tests/target"));
    }
}
