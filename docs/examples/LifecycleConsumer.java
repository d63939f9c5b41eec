import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Prints the lifecycle of every document from the three Mubiao topics, one line per event.
 *
 *   java -cp "$(cat cp.txt)" LifecycleConsumer.java 127.0.0.1:9092 [--group NAME] [--from-beginning] [--exit-when-idle SECONDS]
 *
 * Needs org.apache.kafka:kafka-clients and com.fasterxml.jackson.core:jackson-databind on the class path.
 */
public class LifecycleConsumer {
    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        String group = "lifecycle-printer-" + UUID.randomUUID();
        String reset = "latest";
        long idleExitMillis = Long.MAX_VALUE;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--group" -> group = args[++i];
                case "--from-beginning" -> reset = "earliest";
                case "--exit-when-idle" -> idleExitMillis = Long.parseLong(args[++i]) * 1000;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, reset);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "52428800"); // a record may hold a 50 MB document
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        ObjectMapper json = new ObjectMapper();
        long lastRecord = System.currentTimeMillis();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of("documents.ingested", "documents.extracted", "documents.failed"));
            while (System.currentTimeMillis() - lastRecord < idleExitMillis) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (consumer.assignment().isEmpty()) {
                    lastRecord = System.currentTimeMillis(); // still joining the group: not idle yet
                }
                for (ConsumerRecord<String, String> r : records) {
                    lastRecord = System.currentTimeMillis();
                    JsonNode e = json.readTree(r.value());
                    String document = r.key(); // the document id: every event of a document is on one partition
                    switch (header(r, "ce_type")) {
                        case "mubiao.document.ingested.v1" -> System.out.printf("%s INGESTED %s (%d characters)%n",
                                document, e.path("title").asText(""), e.path("text").asText("").length());
                        case "mubiao.document.extracted.v1" -> System.out.printf("%s EXTRACTED %d targets, %d entities by %s%n",
                                document, e.path("targets").size(), e.path("entities").size(), e.path("extractorVersion").asText());
                        case "mubiao.document.failed.v1" -> System.out.printf("%s FAILED at %s: %s%n",
                                document, e.path("stage").asText(), e.path("reason").asText());
                        default -> { } // a type or version this program does not know: skip it
                    }
                }
                if (!records.isEmpty()) {
                    consumer.commitSync(); // after the records' effects: at-least-once
                }
            }
        }
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }
}
