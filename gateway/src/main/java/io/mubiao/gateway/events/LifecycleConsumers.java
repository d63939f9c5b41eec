package io.mubiao.gateway.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads the three topics for the SSE stream. Each gateway instance is its own consumer group (a fresh id per start,
 * see application.properties), starts at the latest offsets and commits nothing: every instance sees every record
 * from the moment it starts, and a client that reconnects does not get a replay.
 */
@ApplicationScoped
public class LifecycleConsumers {
    private static final Logger LOG = Logger.getLogger(LifecycleConsumers.class);

    @Inject
    LifecycleBroadcaster broadcaster;

    @Incoming("events-ingested")
    public void ingested(ConsumerRecord<String, byte[]> r) {
        relay(r);
    }

    @Incoming("events-extracted")
    public void extracted(ConsumerRecord<String, byte[]> r) {
        relay(r);
    }

    @Incoming("events-failed")
    public void failed(ConsumerRecord<String, byte[]> r) {
        relay(r);
    }

    private void relay(ConsumerRecord<String, byte[]> r) {
        if (broadcaster.clients() == 0) {
            return; // nobody listens: not worth reading a record that can hold a whole document's text
        }
        try {
            LifecycleEvents.of(r.topic(), r.partition(), r.offset(), r.key(), header(r, "ce_type"), header(r, "ce_time"),
                    r.timestamp(), r.value()).ifPresent(broadcaster::publish);
        } catch (RuntimeException e) {
            // The stream is best effort: a bad record must never stop the channel.
            LOG.warnf("skipping %s-%d-%d for the event stream: %s", r.topic(), r.partition(), r.offset(), e.toString());
        }
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
