package io.mubiao.extract.messaging;

import io.mubiao.contracts.CloudEventHeaders;
import io.mubiao.contracts.EventJson;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Builds an outgoing Kafka message: JSON value, document id as key, CloudEvents headers. */
final class EventMessages {
    private EventMessages() {
    }

    static Message<String> of(String ceType, String source, String documentId, Object payload) {
        String json;
        try {
            json = EventJson.mapper().writeValueAsString(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.forNewEvent(ceType, source, documentId)
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        return Message.of(json).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(documentId).withHeaders(headers).build());
    }
}
