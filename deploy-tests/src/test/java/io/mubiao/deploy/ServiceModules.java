package io.mubiao.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the services read: each module's src/main/resources/application.properties, as the repository has it now.
 * A module is a service when its properties set quarkus.http.port; its Deployment has the module's name.
 */
final class ServiceModules {
    static final String[] MODULES = {"ingest-service", "extract-service", "targets-service", "gateway"};
    private static final Pattern TOPIC = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.topic");

    record Service(String name, Map<String, String> properties) {
        int httpPort() {
            return Integer.parseInt(properties.get("quarkus.http.port").trim());
        }

        Set<String> topics(String direction) {
            Set<String> topics = new LinkedHashSet<>();
            properties.forEach((k, v) -> {
                Matcher m = TOPIC.matcher(k);
                if (m.matches() && m.group(1).equals(direction)) {
                    topics.add(v.trim());
                }
            });
            return topics;
        }

        /** Whether each instance consumes as its own group: the Kafka group id resolves to one holding ${quarkus.uuid}. */
        boolean groupPerInstance() {
            String group = properties.getOrDefault("mp.messaging.connector.smallrye-kafka.group.id", "");
            for (int i = 0; i < 5; i++) {
                Matcher ref = Pattern.compile("\\$\\{([^}:]+)}").matcher(group);
                if (!ref.find() || !properties.containsKey(ref.group(1))) {
                    break;
                }
                group = group.replace(ref.group(0), properties.get(ref.group(1)));
            }
            return group.contains("${quarkus.uuid}");
        }

        /** The Quarkus environment variable name of each property key: upper case, non-alphanumerics to '_'. */
        Map<String, String> envNames() {
            Map<String, String> names = new TreeMap<>();
            for (String key : properties.keySet()) {
                names.put(envName(key), key);
            }
            return names;
        }
    }

    private ServiceModules() {
    }

    static String envName(String key) {
        StringBuilder b = new StringBuilder();
        for (char c : key.toCharArray()) {
            b.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return b.toString();
    }

    static Map<String, Service> load(Path repoRoot) {
        Map<String, Service> services = new LinkedHashMap<>();
        for (String module : MODULES) {
            Path file = repoRoot.resolve(module).resolve("src/main/resources/application.properties");
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
            Map<String, String> map = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
            if (!map.containsKey("quarkus.http.port")) {
                throw new IllegalStateException(file + " sets no quarkus.http.port");
            }
            services.put(module, new Service(module, map));
        }
        return services;
    }
}
