package io.mubiao.gateway.events;

import io.mubiao.contracts.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads the three topics for the SSE clients of this gateway instance, and only while at least one is connected: a
 * record of documents.ingested holds a whole document's text, not worth fetching for nobody. The consumer belongs to
 * no group: it is assigned every partition and starts at their ends when the first client connects ("from the
 * moment of connection, no replay"), commits nothing, and is closed when the last client has gone. Partitions added
 * to a topic later are picked up within {@code mubiao.events.partition-refresh}, from their beginning.
 */
@ApplicationScoped
public class LifecycleStream {
    private static final Logger LOG = Logger.getLogger(LifecycleStream.class);
    static final List<String> TOPICS = List.of(Topics.DOCUMENTS_INGESTED, Topics.DOCUMENTS_EXTRACTED, Topics.DOCUMENTS_FAILED);

    @Inject
    LifecycleBroadcaster broadcaster;

    /** The kafka.* configuration (bootstrap servers, security), as Quarkus gives it to every Kafka client. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "mubiao.events.partition-refresh", defaultValue = "30s")
    Duration partitionRefresh;

    private Thread reader;
    private KafkaConsumer<String, byte[]> consumer;
    private boolean stopped;

    /** Called when a client connects: starts reading unless already reading. */
    synchronized void clientConnected() {
        if (reader == null && !stopped) {
            reader = new Thread(this::readWhileClientsListen, "sse-topic-reader");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Whether the topics are being read now. */
    synchronized boolean reading() {
        return reader != null;
    }

    private void readWhileClientsListen() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "gateway-events");
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 52_428_800);
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 52_428_800);
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            synchronized (this) {
                consumer = c;
            }
            Set<TopicPartition> assigned = new HashSet<>();
            long refreshAt = 0;
            while (true) {
                synchronized (this) {
                    if (stopped || broadcaster.clients() == 0) {
                        reader = null;
                        consumer = null;
                        return;
                    }
                }
                try {
                    if (System.nanoTime() - refreshAt >= 0) {
                        assign(c, assigned);
                        refreshAt = System.nanoTime() + partitionRefresh.toNanos();
                    }
                    for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                        relay(r);
                    }
                } catch (WakeupException e) {
                    // stop(): the loop's check ends it
                } catch (RuntimeException e) {
                    // The broker away, for instance: the REST API is unaffected; try again shortly.
                    LOG.warnf("event stream: %s; retrying", e.toString());
                    sleep(2000);
                }
            }
        } finally {
            synchronized (this) {
                if (reader == Thread.currentThread()) {
                    reader = null;
                    consumer = null;
                }
            }
        }
    }

    /** Assigns every partition of the topics; the first ones from their ends, later additions from their beginning. */
    private static void assign(KafkaConsumer<String, byte[]> c, Set<TopicPartition> assigned) {
        Set<TopicPartition> all = new HashSet<>();
        for (String topic : TOPICS) {
            List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(10));
            for (PartitionInfo p : infos == null ? List.<PartitionInfo>of() : infos) {
                all.add(new TopicPartition(p.topic(), p.partition()));
            }
        }
        if (all.equals(assigned)) {
            return;
        }
        Set<TopicPartition> added = new HashSet<>(all);
        added.removeAll(assigned);
        boolean first = assigned.isEmpty();
        c.assign(all);
        if (first) {
            c.seekToEnd(added);
            added.forEach(c::position); // resolve the ends now: records from this moment on, not from the first poll
        } else {
            c.seekToBeginning(added);
        }
        assigned.clear();
        assigned.addAll(all);
    }

    private void relay(ConsumerRecord<String, byte[]> r) {
        try {
            LifecycleEvents.of(r.topic(), r.partition(), r.offset(), r.key(), header(r, "ce_type"), header(r, "ce_time"),
                    r.timestamp(), r.value()).ifPresent(broadcaster::publish);
        } catch (RuntimeException e) {
            // The stream is best effort: a bad record must never stop it.
            LOG.warnf("skipping %s-%d-%d for the event stream: %s", r.topic(), r.partition(), r.offset(), e.toString());
        }
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        Thread t;
        synchronized (this) {
            stopped = true;
            t = reader;
            if (consumer != null) {
                consumer.wakeup();
            }
        }
        if (t != null) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
