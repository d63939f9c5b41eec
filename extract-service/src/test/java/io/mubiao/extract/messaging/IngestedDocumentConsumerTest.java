package io.mubiao.extract.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mubiao.contracts.CloudEventHeaders;
import io.mubiao.contracts.DocumentIngested;
import io.mubiao.contracts.EventJson;
import io.mubiao.contracts.EventTypes;
import io.mubiao.contracts.Topics;
import io.mubiao.testing.EventSchemas;
import io.mubiao.testing.KafkaBrokerResource;
import io.mubiao.testing.TestKafka;
import io.mubiao.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The service on a real KRaft broker: documents.ingested in, documents.extracted / documents.failed out. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class IngestedDocumentConsumerTest {

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    @Test
    void aSeedComesOutAsOneExtractedEventWithRealTargets() throws Exception {
        String text = Files.readString(Path.of("../seeds/001_4964d99e3b1f1011.txt"));
        String id = newId();
        DocumentIngested in = new DocumentIngested(id, "001.txt", null, null, "text/plain; charset=UTF-8",
                id + "0".repeat(48), text.length(), null, null, text, Instant.now());
        TopicProbe.send(TestKafka.bootstrapServers(), Topics.DOCUMENTS_INGESTED, id,
                EventJson.mapper().writeValueAsString(in),
                CloudEventHeaders.forNewEvent(EventTypes.DOCUMENT_INGESTED_V1, "/test", id));

        List<ConsumerRecord<String, String>> out = TopicProbe.readUntil(TestKafka.bootstrapServers(),
                Topics.DOCUMENTS_EXTRACTED, r -> id.equals(r.key()), Duration.ofSeconds(60));
        ConsumerRecord<String, String> record = out.get(out.size() - 1);
        assertEquals(id, record.key());
        assertEquals(EventTypes.DOCUMENT_EXTRACTED_V1, TopicProbe.header(record, CloudEventHeaders.TYPE));
        assertEquals(List.of(), EventSchemas.violations(EventTypes.DOCUMENT_EXTRACTED_V1, record.value()));
        JsonNode event = EventJson.mapper().readTree(record.value());
        assertFalse(event.path("extractorVersion").asText().isEmpty());
        JsonNode targets = event.path("targets");
        assertTrue(targets.size() > 50, "a work report holds many figures; got " + targets.size());
        for (JsonNode t : targets) {
            String quote = t.path("quote").asText();
            assertEquals(quote, text.substring(t.path("start").asInt(), t.path("end").asInt()),
                    "offsets point at the quote");
        }
    }

    @Test
    void anUnreadableRecordGoesToDocumentsFailedWithStageAndReason() {
        String id = newId();
        TopicProbe.send(TestKafka.bootstrapServers(), Topics.DOCUMENTS_INGESTED, id, "{not json",
                CloudEventHeaders.forNewEvent(EventTypes.DOCUMENT_INGESTED_V1, "/test", id));
        List<ConsumerRecord<String, String>> out = TopicProbe.readUntil(TestKafka.bootstrapServers(),
                Topics.DOCUMENTS_FAILED, r -> id.equals(r.key()), Duration.ofSeconds(60));
        ConsumerRecord<String, String> record = out.get(out.size() - 1);
        assertEquals(id, record.key());
        assertEquals(EventTypes.DOCUMENT_FAILED_V1, TopicProbe.header(record, CloudEventHeaders.TYPE));
        assertEquals(List.of(), EventSchemas.violations(EventTypes.DOCUMENT_FAILED_V1, record.value()));
        assertTrue(record.value().contains("\"stage\":\"decode\""));
        // The reason is for users: no parser message ("Unexpected character", "at [Source"), no Java class name.
        assertTrue(record.value().contains("not a valid event"), record.value());
        assertFalse(record.value().contains("Unexpected") || record.value().contains("Source")
                || record.value().contains("Exception") || record.value().contains("com.fasterxml"), record.value());
    }
}
