import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates Mubiao's three topics on a local broker if they are missing (run as a single-file program:
 * java -cp <kafka classpath> CreateTopics.java <bootstrap>). documents.ingested is compacted: it is the
 * replayable source of truth.
 */
public class CreateTopics {
    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", args[0]);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = List.of(
                    new NewTopic("documents.ingested", 3, (short) 1)
                            .configs(Map.of("cleanup.policy", "compact", "max.message.bytes", "52428800")),
                    new NewTopic("documents.extracted", 3, (short) 1)
                            .configs(Map.of("cleanup.policy", "delete", "retention.ms", "604800000",
                                    "max.message.bytes", "52428800")),
                    new NewTopic("documents.failed", 3, (short) 1)
                            .configs(Map.of("cleanup.policy", "delete", "retention.ms", "2592000000")))
                    .stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
            System.out.println("topics ready");
        }
    }
}
