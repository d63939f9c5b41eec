package io.mubiao.testing;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * One real single-node KRaft broker per test JVM (Kafka's own test kit, in process), with the three
 * Mubiao topics created as production creates them. Started on first use, closed at JVM exit, so that
 * test classes share it instead of paying 3–5 s each.
 */
public final class TestKafka {
    public static final List<String> TOPICS = List.of("documents.ingested", "documents.extracted", "documents.failed");
    public static final int PARTITIONS = 3;

    private static KafkaClusterTestKit cluster;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            // A broker that hits a fatal error while the JVM shuts down asks Kafka's Exit to halt the process,
            // which surefire reports as a crashed fork after every test passed: record it instead.
            Exit.setExitProcedure((code, message) ->
                    System.err.println("[test-kafka] broker asked to exit(" + code + "): " + message));
            Exit.setHaltProcedure((code, message) ->
                    System.err.println("[test-kafka] broker asked to halt(" + code + "): " + message));
            try {
                KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("auto.create.topics.enable", "false")
                        .build();
                kit.format();
                kit.startup();
                kit.waitForReadyBrokers();
                createTopics(kit.bootstrapServers());
                cluster = kit;
                Runtime.getRuntime().addShutdownHook(new Thread(TestKafka::close, "test-kafka-stop"));
            } catch (Exception e) {
                throw new IllegalStateException("could not start the in-process Kafka broker", e);
            }
        }
        return cluster.bootstrapServers();
    }

    private static void createTopics(String bootstrap) throws InterruptedException, ExecutionException {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            List<NewTopic> topics = TOPICS.stream()
                    .map(name -> new NewTopic(name, PARTITIONS, (short) 1)
                            .configs(name.equals("documents.ingested")
                                    ? Map.of("cleanup.policy", "compact")
                                    : Map.of("cleanup.policy", "delete")))
                    .toList();
            try {
                admin.createTopics(topics).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    private static synchronized void close() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception ignored) {
                // the JVM is exiting; nothing to recover
            }
            cluster = null;
        }
    }
}
