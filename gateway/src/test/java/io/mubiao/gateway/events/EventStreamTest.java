package io.mubiao.gateway.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mubiao.testing.KafkaBrokerResource;
import io.mubiao.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A record produced to the real broker reaches a connected SSE client within a second. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class EventStreamTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/v1/events")
    URI events;

    @Inject
    LifecycleStream stream;

    /** The lines of the stream, each with the time it arrived. */
    record Line(String text, long nanos) {
    }

    @Test
    void aRecordReachesTheClientWithinASecond() throws Exception {
        BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(events).header("Accept", "text/event-stream").build();
        var response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        HttpResponse<java.util.stream.Stream<String>> r = response.get(10, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Thread reader = new Thread(() -> r.body().forEach(l -> lines.add(new Line(l, System.nanoTime()))), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        assertNotNull(poll(lines, l -> l.startsWith(":"), 10_000), "the connection comment");

        // The gateway's consumers start at the latest offsets once they have their partitions: warm up until they do.
        String bootstrap = TestKafka.bootstrapServers();
        boolean warm = false;
        for (int i = 0; i < 60 && !warm; i++) {
            String id = "warm" + i + UUID.randomUUID().toString().substring(0, 8);
            send(bootstrap, "documents.failed", id, "{\"documentId\":\"" + id + "\",\"stage\":\"extract\",\"reason\":\"warm-up\"}",
                    "mubiao.document.failed.v1");
            warm = poll(lines, l -> l.contains(id), 1000) != null;
        }
        assertTrue(warm, "the stream carried no record within a minute");

        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        long sent = System.nanoTime();
        send(bootstrap, "documents.extracted", id, "{\"documentId\":\"" + id + "\",\"extractorVersion\":\"0.3.0\","
                + "\"extractedAt\":\"2026-11-22T00:00:00Z\",\"targets\":[{},{},{}],\"entities\":[{}]}", "mubiao.document.extracted.v1");
        Line data = poll(lines, l -> l.startsWith("data:") && l.contains(id), 5000);
        assertNotNull(data, "the extracted event did not arrive");
        long millis = TimeUnit.NANOSECONDS.toMillis(data.nanos() - sent);
        assertTrue(millis < 1000, "arrived after " + millis + " ms");
        JsonNode event = JSON.readTree(data.text().substring("data:".length()).strip());
        assertEquals("mubiao.document.extracted.v1", event.path("type").asText());
        assertEquals("EXTRACTED", event.path("status").asText());
        assertEquals(3, event.path("targetCount").asInt());
        assertEquals(1, event.path("entityCount").asInt());
        assertFalse(event.has("text"));
        List<String> block = recentBlock(lines, data);
        assertTrue(block.stream().anyMatch(l -> l.equals("event:mubiao.document.extracted.v1") || l.equals("event: mubiao.document.extracted.v1")), block.toString());
        assertTrue(block.stream().anyMatch(l -> l.matches("id: ?documents\\.extracted-\\d+-\\d+")), block.toString());
        System.out.printf("[sse] record → SSE client in %d ms%n", millis);
    }

    /** Nothing is read from the topics while nobody listens; a client that connects later gets live records again. */
    @Test
    void theTopicsAreReadOnlyWhileAClientIsConnected() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int connection = 1; connection <= 2; connection++) {
            BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
            HttpResponse<java.util.stream.Stream<String>> r = http.sendAsync(
                    HttpRequest.newBuilder(events).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
            java.util.stream.Stream<String> body = r.body();
            Thread reader = new Thread(() -> {
                try {
                    body.forEach(l -> lines.add(new Line(l, System.nanoTime())));
                } catch (RuntimeException closed) {
                    // the test closed the stream
                }
            }, "sse-reader-" + connection);
            reader.setDaemon(true);
            reader.start();
            assertNotNull(poll(lines, l -> l.startsWith(":"), 10_000), "the connection comment");
            assertTrue(stream.reading(), "a connected client: the topics are read");
            String bootstrap = TestKafka.bootstrapServers();
            boolean received = false;
            for (int i = 0; i < 60 && !received; i++) {
                String id = "live" + connection + "-" + i + UUID.randomUUID().toString().substring(0, 8);
                send(bootstrap, "documents.failed", id, "{\"documentId\":\"" + id + "\",\"stage\":\"extract\",\"reason\":\"x\"}",
                        "mubiao.document.failed.v1");
                received = poll(lines, l -> l.contains(id), 1000) != null;
            }
            assertTrue(received, "connection " + connection + " got no live record");

            body.close(); // the client goes away; the keep-alive (1 s in tests) finds the closed stream
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (stream.reading() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertFalse(stream.reading(), "no client left after connection " + connection + ", yet the topics are still read");
        }
    }

    private final List<Line> seen = new ArrayList<>();

    private Line poll(BlockingQueue<Line> lines, java.util.function.Predicate<String> match, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < deadline) {
            Line l = lines.poll(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())), TimeUnit.MILLISECONDS);
            if (l == null) {
                return null;
            }
            seen.add(l);
            if (match.test(l.text())) {
                return l;
            }
        }
        return null;
    }

    /** The lines of the event that ends with {@code data}. */
    private List<String> recentBlock(BlockingQueue<Line> lines, Line data) {
        int i = seen.indexOf(data);
        List<String> out = new ArrayList<>();
        for (int j = i; j >= 0 && !seen.get(j).text().isEmpty(); j--) {
            out.add(seen.get(j).text());
        }
        return out;
    }

    private KafkaProducer<String, String> producer;

    /** One producer for the whole test, so that the timing does not include connecting a new one. */
    private void send(String bootstrap, String topic, String key, String value, String type) throws Exception {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(p);
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_time", "2026-11-22T00:00:00Z".getBytes(StandardCharsets.UTF_8));
        producer.send(record).get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void closeProducer() {
        if (producer != null) {
            producer.close();
        }
    }

}
