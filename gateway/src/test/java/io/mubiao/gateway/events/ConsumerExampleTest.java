package io.mubiao.gateway.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.testing.TestKafka;
import io.mubiao.testing.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Kafka consumer example of docs/events.md: the document shows docs/examples/LifecycleConsumer.java verbatim, and
 * that file compiles and runs (Java's source launcher, as the document says) against the test broker.
 */
class ConsumerExampleTest {
    static final Path EXAMPLE = Path.of("..", "docs", "examples", "LifecycleConsumer.java");

    @Test
    void theDocumentShowsTheExampleVerbatim() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "events.md"), StandardCharsets.UTF_8);
        assertTrue(doc.contains(Files.readString(EXAMPLE, StandardCharsets.UTF_8)),
                "docs/events.md must include docs/examples/LifecycleConsumer.java verbatim");
    }

    @Test
    void theExampleRunsAgainstTheBrokerAndPrintsTheLifecycle() throws Exception {
        String bootstrap = TestKafka.bootstrapServers();
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        TopicProbe.send(bootstrap, "documents.extracted", id, "{\"documentId\":\"" + id + "\",\"extractorVersion\":\"0.3.0\","
                + "\"targets\":[{},{}],\"entities\":[{}]}", Map.of("ce_type", "mubiao.document.extracted.v1"));
        TopicProbe.send(bootstrap, "documents.failed", id, "{\"documentId\":\"" + id + "\",\"stage\":\"extract\",\"reason\":\"boom\"}",
                Map.of("ce_type", "mubiao.document.failed.v1"));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, EXAMPLE.toString(), bootstrap, "--from-beginning", "--exit-when-idle", "5")
                .redirectErrorStream(true).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(90, TimeUnit.SECONDS), "the example did not exit");
        assertEquals(0, run.exitValue(), out);
        assertTrue(out.contains(id + " EXTRACTED 2 targets, 1 entities by 0.3.0"), out);
        assertTrue(out.contains(id + " FAILED at extract: boom"), out);
    }
}
