package io.mubiao.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Crashes, restarts and bursts against the packaged services on a real broker and a real PostgreSQL, each a
 * separate process. After every fault: each accepted document is extracted exactly once in the store (its
 * target rows equal a clean run's count), none is lost. Figures go to target/fault-figures.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryGuaranteesIT {
    static final Path FIGURES = Stack.ROOT.resolve("fault-tests/target/fault-figures.md");
    static final Duration SETTLE = Duration.ofSeconds(240);
    static Stack stack;
    static Corpus corpus;
    static Api api;

    @BeforeAll
    static void start() throws Exception {
        Stack.deleteRecursively(FIGURES);
        stack = new Stack();
        corpus = new Corpus(Stack.ROOT, 290);
        api = new Api(stack.gateway());
        Corpus.writeFigures(FIGURES, "| scenario | documents sent | accepted (2xx) | lost | duplicated or partial | faults injected | seconds |\n"
                + "|---|---|---|---|---|---|---|\n");
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    // --------------------------------------------------------------------------------------------- scenarios

    @Test
    @Order(1)
    void killNineOfExtractServiceMidBatch() throws Exception {
        killNineMidBatch("extract-service");
    }

    @Test
    @Order(2)
    void killNineOfTargetsServiceMidBatch() throws Exception {
        killNineMidBatch("targets-service");
    }

    @Test
    @Order(3)
    void postgresRestartDuringIngestion() throws Exception {
        long t0 = System.nanoTime();
        List<Corpus.Doc> before = corpus.take(10);
        List<Corpus.Doc> during = corpus.take(10);
        List<Corpus.Doc> after = corpus.take(10);
        Map<Corpus.Doc, String> accepted = new ConcurrentHashMap<>(uploadAll(before, 2));
        stack.postgres.stop();
        awaitStatus("ingest-service", 503, Duration.ofSeconds(60));
        awaitStatus("targets-service", 503, Duration.ofSeconds(60));
        // While the database is away, no upload may be answered 2xx unless it was recorded: those that are get checked below.
        Map<Corpus.Doc, String> duringAccepted = uploadAll(during, 2);
        accepted.putAll(duringAccepted);
        stack.startPostgres();
        stack.awaitReady("ingest-service", Duration.ofSeconds(120));
        stack.awaitReady("targets-service", Duration.ofSeconds(120));
        accepted.putAll(uploadAll(after, 2));
        assertEquals(after.size(), accepted.keySet().stream().filter(after::contains).count(), "uploads after the restart");
        verify("PostgreSQL restart during ingestion (" + duringAccepted.size() + " of " + during.size()
                + " accepted while it was down)", before.size() + during.size() + after.size(), accepted, 1, t0);
    }

    @Test
    @Order(4)
    void brokerRestartDuringIngestion() throws Exception {
        long t0 = System.nanoTime();
        List<Corpus.Doc> before = corpus.take(10);
        List<Corpus.Doc> during = corpus.take(6);
        List<Corpus.Doc> after = corpus.take(10);
        Map<Corpus.Doc, String> accepted = new ConcurrentHashMap<>(uploadAll(before, 2));
        stack.kafka.stop();
        awaitStatus("extract-service", 503, Duration.ofSeconds(90));
        awaitStatus("targets-service", 503, Duration.ofSeconds(90));
        // ingest-service stores first (outbox): these are accepted and published once the broker is back.
        Map<Corpus.Doc, String> duringAccepted = uploadAll(during, 6);
        accepted.putAll(duringAccepted);
        stack.startKafka();
        for (String s : List.of("ingest-service", "extract-service", "targets-service")) {
            stack.awaitReady(s, Duration.ofSeconds(120));
        }
        accepted.putAll(uploadAll(after, 2));
        verify("Kafka broker restart during ingestion (" + duringAccepted.size() + " of " + during.size()
                + " accepted while it was down)", before.size() + during.size() + after.size(), accepted, 1, t0);
    }

    @Test
    @Order(5)
    void burstQueuesAndDrains() throws Exception {
        long t0 = System.nanoTime();
        List<Corpus.Doc> burst = corpus.take(100);
        Map<Corpus.Doc, String> accepted = uploadAll(burst, 16);
        assertEquals(burst.size(), accepted.size(), "every upload of the burst answered 2xx");
        verify("burst of " + burst.size() + " uploads from 16 clients", burst.size(), accepted, 0, t0);
    }

    // --------------------------------------------------------------------------------------------- helpers

    /** A batch of 60 queued while the service is stopped; started, then killed (SIGKILL) once 3 are stored. */
    static void killNineMidBatch(String service) throws Exception {
        long t0 = System.nanoTime();
        List<Corpus.Doc> batch = corpus.take(60);
        ChildProcess process = stack.services.get(service);
        process.stop(); // the batch queues in Kafka, so the crash surely lands in the middle of it
        Map<Corpus.Doc, String> accepted = uploadAll(batch, 4);
        process.start();
        int doneAtKill = awaitExtracted(accepted, 3, Duration.ofSeconds(180));
        process.kill();
        assertTrue(doneAtKill < batch.size(), "the crash must land mid-batch; all " + doneAtKill + " were done");
        process.start();
        stack.awaitReady(service, Duration.ofSeconds(180));
        verify("kill -9 " + service + " mid-batch (" + doneAtKill + " of " + batch.size() + " stored at the kill)",
                batch.size(), accepted, 1, t0);
    }

    static Map<Corpus.Doc, String> uploadAll(List<Corpus.Doc> docs, int clients) throws Exception {
        Map<Corpus.Doc, String> accepted = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (Corpus.Doc d : docs) {
                all.add(pool.submit(() -> {
                    Api.Upload u = api.upload(d.fileName(), d.text());
                    if (u.accepted()) {
                        accepted.put(d, u.id());
                    }
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return accepted;
    }

    /** Waits until at least {@code atLeast} of the documents are EXTRACTED; answers how many are. */
    static int awaitExtracted(Map<Corpus.Doc, String> docs, int atLeast, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int done = 0;
        while (System.nanoTime() < deadline) {
            done = 0;
            for (String id : docs.values()) {
                JsonNode d = api.document(id);
                if (d != null && "EXTRACTED".equals(d.path("status").asText())) {
                    done++;
                }
            }
            if (done >= atLeast) {
                return done;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("only " + done + " documents extracted within " + timeout);
    }

    static void awaitStatus(String service, int status, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (stack.readyStatus(service) != status) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(service + " did not report /q/health/ready " + status + " within " + timeout);
            }
            Thread.sleep(250);
        }
    }

    /**
     * Every accepted document ends EXTRACTED with exactly the clean run's targets (no duplicate, no partial
     * result); figures are recorded before the assertions, so a failure is on record too.
     */
    static void verify(String scenario, int sent, Map<Corpus.Doc, String> accepted, int faults, long t0) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        List<String> lost = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        while (true) {
            lost.clear();
            wrong.clear();
            for (Map.Entry<Corpus.Doc, String> e : accepted.entrySet()) {
                JsonNode d = api.document(e.getValue());
                if (d == null || !"EXTRACTED".equals(d.path("status").asText())) {
                    lost.add(e.getKey().fileName() + "=" + (d == null ? "absent" : d.path("status").asText()));
                    continue;
                }
                int clean = corpus.cleanTargets(e.getKey());
                int rows = api.targetRows(e.getValue());
                int count = d.path("targetCount").asInt(-1);
                if (rows != clean || count != clean) {
                    wrong.add(e.getKey().fileName() + ": rows " + rows + ", targetCount " + count + ", clean run " + clean);
                }
            }
            if ((lost.isEmpty() && wrong.isEmpty()) || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(500);
        }
        long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
        Corpus.writeFigures(FIGURES, "| " + scenario + " | " + sent + " | " + accepted.size() + " | " + lost.size() + " | "
                + wrong.size() + " | " + faults + " | " + seconds + " |\n");
        assertTrue(lost.isEmpty(), scenario + ": not extracted: " + lost);
        assertTrue(wrong.isEmpty(), scenario + ": not exactly once: " + wrong);
    }
}
