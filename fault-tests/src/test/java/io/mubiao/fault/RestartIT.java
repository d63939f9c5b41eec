package io.mubiao.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/mubiao down} then {@code bin/mubiao up} on the same state directory, as a user runs them: the documents
 * of before are all still there, and the first upload afterwards is extracted and queryable within 10 s. Before
 * down stopped the services ahead of the broker, their consumers could not leave their groups and the next run's
 * waited for the old members to expire (24-32 s). The seconds go to target/restart-figures.md.
 */
class RestartIT {
    static final Path STATE = Stack.ROOT.resolve("fault-tests/target/restart-state");
    static final Path FIGURES = Stack.ROOT.resolve("fault-tests/target/restart-figures.md");
    static final Duration QUERYABLE_WITHIN = Duration.ofSeconds(10);
    static final Map<String, String> ENV = new HashMap<>();

    @AfterAll
    static void down() throws Exception {
        if (!ENV.isEmpty()) {
            mubiao("down");
        }
    }

    @Test
    void documentsSurviveDownAndUpAndTheFirstNewUploadIsQueryableWithinTenSeconds() throws Exception {
        Stack.deleteRecursively(STATE);
        Files.createDirectories(STATE);
        ENV.put("MUBIAO_STATE_DIR", STATE.toString());
        ENV.put("MUBIAO_API_KEY", Stack.API_KEY);
        for (String port : List.of("GATEWAY", "INGEST", "EXTRACT", "TARGETS", "KAFKA", "KAFKA_CONTROLLER", "PG")) {
            ENV.put("MUBIAO_" + port + "_PORT", String.valueOf(Stack.freePort()));
        }
        Api api = new Api("http://127.0.0.1:" + ENV.get("MUBIAO_GATEWAY_PORT"));
        List<String> seeds = seedTexts();

        mubiao("up");
        Map<String, Integer> before = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            Api.Upload u = api.upload("restart-before-" + i + ".txt", seeds.get(i));
            assertTrue(u.accepted(), "upload before the restart: " + u.status());
            before.put(u.id(), -1);
        }
        for (String id : before.keySet()) {
            awaitExtracted(api, id, Duration.ofSeconds(120));
            before.put(id, api.targetRows(id));
        }

        mubiao("down");
        mubiao("up");
        long t0 = System.nanoTime();
        Api.Upload fresh = api.upload("restart-after.txt", seeds.get(3));
        assertTrue(fresh.accepted(), "first upload after the restart: " + fresh.status());
        awaitExtracted(api, fresh.id(), Duration.ofSeconds(90));
        int freshRows = api.targetRows(fresh.id());
        double seconds = (System.nanoTime() - t0) / 1e9;
        Files.writeString(FIGURES, String.format("| down + up on the same state dir | first upload queryable after %.1f s "
                + "(%d targets) |%n", seconds, freshRows));
        assertTrue(freshRows > 0, "the new document's targets are queryable");
        assertTrue(seconds <= QUERYABLE_WITHIN.toSeconds(), String.format(
                "the first upload after down + up was queryable only after %.1f s", seconds));
        for (Map.Entry<String, Integer> e : before.entrySet()) {
            JsonNode doc = api.document(e.getKey());
            assertEquals("EXTRACTED", doc == null ? null : doc.path("status").asText(), "document of before: " + e.getKey());
            assertEquals(e.getValue(), api.targetRows(e.getKey()), "targets of a document of before: " + e.getKey());
        }
    }

    static void awaitExtracted(Api api, String id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode doc = api.document(id);
            if (doc != null && "EXTRACTED".equals(doc.path("status").asText()) && api.targetRows(id) >= 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(id + " not extracted within " + timeout);
    }

    /** Four distinct texts: the first 15 non-blank lines of the seed documents. */
    static List<String> seedTexts() throws Exception {
        List<String> out = new ArrayList<>();
        try (var s = Files.list(Stack.ROOT.resolve("seeds"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = Files.readAllLines(p).stream().filter(l -> !l.isBlank()).limit(15).toList();
                out.add(String.join("\n", lines) + "\n");
            }
        }
        assertTrue(out.size() >= 4, "seeds/ holds at least four documents");
        return out;
    }

    /** Runs bin/mubiao with the test's state dir and ports; its output goes to target/restart-mubiao.log. */
    static void mubiao(String command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Stack.ROOT.resolve("bin/mubiao").toString(), command)
                .directory(Stack.ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(STATE.resolveSibling("restart-mubiao.log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(ENV);
        pb.environment().remove("KAFKA_BOOTSTRAP_SERVERS");
        Process p = pb.start();
        assertEquals(0, p.waitFor(), "bin/mubiao " + command + " failed: see fault-tests/target/restart-mubiao.log");
    }
}
