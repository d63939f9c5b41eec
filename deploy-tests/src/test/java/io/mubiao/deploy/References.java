package io.mubiao.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The references between the rendered objects, and between them and the services' application.properties.
 * Objects that operators create (Strimzi's bootstrap Service and pods, CloudNativePG's -rw/-ro/-r Services and pods)
 * are modelled from their custom resources. Secrets that an operator of the cluster creates by hand are listed in
 * {@link #EXTERNAL_SECRETS}, and docs/deploy.md must name each of them with its keys.
 */
final class References {

    /** Secrets not in the rendered output that must exist beforehand, per overlay: name -> keys. */
    static final Map<String, Map<String, Set<String>>> EXTERNAL_SECRETS = Map.of(
            "dev", Map.of(),
            "prod", Map.of(
                    "ingest-db-credentials", Set.of("username", "password"),
                    "targets-db-credentials", Set.of("username", "password"),
                    "gateway-api-keys", Set.of("api-keys"),
                    "gateway-tls", Set.of("tls.crt", "tls.key")));

    /** Environment variables a service may get although its application.properties has no such key yet. */
    static final Map<String, Set<String>> EXTRA_ENV = Map.of();

    static final Map<String, String> PROBES = Map.of(
            "startupProbe", "/q/health/started", "livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready");

    /** Topic settings from DESIGN.md and the deploy issue. */
    static final Map<String, Map<String, String>> TOPIC_CONFIG = Map.of(
            "documents.ingested", Map.of("cleanup.policy", "compact", "max.message.bytes", "52428800"),
            "documents.extracted", Map.of("cleanup.policy", "delete", "retention.ms", "604800000", "max.message.bytes", "52428800"),
            "documents.failed", Map.of("cleanup.policy", "delete", "retention.ms", "2592000000", "max.message.bytes", "52428800"));
    static final Map<String, Integer> TOPIC_PARTITIONS = Map.of("documents.ingested", 3);

    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([A-Za-z0-9_]+)(\\?.*)?");
    private static final Pattern URL = Pattern.compile("https?://([^:/]+)(?::(\\d+))?(/.*)?");

    private final String overlay;
    private final Map<String, List<ObjectNode>> byKind = new HashMap<>();
    private final Map<String, ServiceModules.Service> services;
    private final Path repoRoot;
    private final List<String> problems;
    private String namespace = "";

    /** A pod as far as selectors care: who makes it, its labels, its named container ports. */
    record Pod(String owner, Map<String, String> labels, Map<String, Integer> ports, JsonNode template) {
    }

    private final List<Pod> pods = new ArrayList<>();

    private References(String overlay, List<StrictModels.Obj> objects, Map<String, ServiceModules.Service> services,
                       Path repoRoot, List<String> problems) {
        this.overlay = overlay;
        this.services = services;
        this.repoRoot = repoRoot;
        this.problems = problems;
        for (StrictModels.Obj o : objects) {
            byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o.node());
        }
    }

    static void check(String overlay, List<StrictModels.Obj> objects, Map<String, ServiceModules.Service> services,
                      Path repoRoot, List<String> problems) {
        References r = new References(overlay, objects, services, repoRoot, problems);
        r.run();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private List<ObjectNode> all(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    private ObjectNode find(String kind, String name) {
        for (ObjectNode n : all(kind)) {
            if (n.path("metadata").path("name").asText().equals(name)) {
                return n;
            }
        }
        return null;
    }

    private static String name(JsonNode n) {
        return n.path("metadata").path("name").asText();
    }

    private static String id(JsonNode n) {
        return n.path("kind").asText() + "/" + name(n);
    }

    private void problem(String s) {
        problems.add(s);
    }

    private static Map<String, String> strings(JsonNode obj) {
        Map<String, String> m = new LinkedHashMap<>();
        if (obj != null && obj.isObject()) {
            obj.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
        }
        return m;
    }

    private static boolean matches(JsonNode selector, Map<String, String> labels) {
        JsonNode ml = selector.has("matchLabels") || selector.has("matchExpressions") ? selector.path("matchLabels") : selector;
        for (Map.Entry<String, String> e : strings(ml).entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (JsonNode ex : selector.path("matchExpressions")) {
            String key = ex.path("key").asText();
            Set<String> values = new TreeSet<>();
            ex.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (ex.path("operator").asText()) {
                case "In" -> values.contains(labels.get(key));
                case "NotIn" -> !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private List<Pod> podsMatching(JsonNode selector) {
        List<Pod> out = new ArrayList<>();
        for (Pod p : pods) {
            if (matches(selector, p.labels())) {
                out.add(p);
            }
        }
        return out;
    }

    /** The environment of a workload's first container: name -> value (ConfigMaps resolved), or "secret:NAME/KEY". */
    private Map<String, String> environment(JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            if (from.has("configMapRef")) {
                ObjectNode cm = find("ConfigMap", from.path("configMapRef").path("name").asText());
                if (cm != null) {
                    env.putAll(strings(cm.path("data")));
                }
            }
            if (from.has("secretRef")) {
                ObjectNode s = find("Secret", from.path("secretRef").path("name").asText());
                if (s != null) {
                    s.path("data").fieldNames().forEachRemaining(k -> env.put(k, "secret:" + name(s) + "/" + k));
                    s.path("stringData").fieldNames().forEachRemaining(k -> env.put(k, "secret:" + name(s) + "/" + k));
                }
            }
        }
        for (JsonNode e : container.path("env")) {
            String n = e.path("name").asText();
            if (e.has("value")) {
                env.put(n, e.path("value").asText());
            } else if (e.path("valueFrom").has("secretKeyRef")) {
                JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                env.put(n, "secret:" + ref.path("name").asText() + "/" + ref.path("key").asText());
            } else if (e.path("valueFrom").has("configMapKeyRef")) {
                JsonNode ref = e.path("valueFrom").path("configMapKeyRef");
                ObjectNode cm = find("ConfigMap", ref.path("name").asText());
                env.put(n, cm == null ? "" : cm.path("data").path(ref.path("key").asText()).asText());
            } else {
                env.put(n, "fieldRef");
            }
        }
        return env;
    }

    // ------------------------------------------------------------------------------------------------ checks

    private void run() {
        namespaceAndPods();
        workloadReferences();
        serviceSelectors();
        serviceModules();
        kafkaAndTopics();
        autoscalers();
        disruptionBudgets();
        ingress();
        networkPolicies();
        externalSecretsDocumented();
    }

    private void namespaceAndPods() {
        List<ObjectNode> ns = all("Namespace");
        if (ns.size() != 1) {
            problem("the overlay must create exactly one Namespace, has " + ns.size());
        } else {
            namespace = name(ns.get(0));
        }
        for (String kind : List.of("Deployment", "StatefulSet")) {
            for (ObjectNode w : all(kind)) {
                JsonNode tpl = w.path("spec").path("template");
                Map<String, String> labels = strings(tpl.path("metadata").path("labels"));
                if (!matches(w.path("spec").path("selector"), labels) || strings(w.path("spec").path("selector").path("matchLabels")).isEmpty()) {
                    problem(id(w) + ": spec.selector does not match its pod template's labels " + labels);
                }
                Map<String, Integer> ports = new LinkedHashMap<>();
                for (JsonNode c : tpl.path("spec").path("containers")) {
                    for (JsonNode p : c.path("ports")) {
                        ports.put(p.path("name").asText(String.valueOf(p.path("containerPort").asInt())), p.path("containerPort").asInt());
                    }
                }
                pods.add(new Pod(id(w), labels, ports, tpl));
            }
        }
        // Pods made by operators, from their custom resources.
        for (ObjectNode c : all("Cluster")) {
            pods.add(new Pod("Cluster/" + name(c), Map.of("cnpg.io/cluster", name(c)), Map.of("postgresql", 5432), null));
        }
        for (ObjectNode k : all("Kafka")) {
            Map<String, Integer> ports = new LinkedHashMap<>();
            k.path("spec").path("kafka").path("listeners").forEach(l -> ports.put(l.path("name").asText(), l.path("port").asInt()));
            pods.add(new Pod("Kafka/" + name(k), Map.of("strimzi.io/cluster", name(k), "strimzi.io/kind", "Kafka"), ports, null));
        }
    }

    private void workloadReferences() {
        for (String kind : List.of("Deployment", "StatefulSet")) {
            for (ObjectNode w : all(kind)) {
                String id = id(w);
                JsonNode spec = w.path("spec").path("template").path("spec");
                if (!spec.path("securityContext").path("runAsNonRoot").asBoolean(false)) {
                    problem(id + ": the pod must set securityContext.runAsNonRoot: true");
                }
                Map<String, JsonNode> volumes = new HashMap<>();
                for (JsonNode v : spec.path("volumes")) {
                    volumes.put(v.path("name").asText(), v);
                    if (v.has("configMap")) {
                        refConfigMap(id, v.path("configMap").path("name").asText(), null, v.path("configMap").path("optional").asBoolean(false));
                    }
                    if (v.has("secret")) {
                        refSecret(id, v.path("secret").path("secretName").asText(), null, v.path("secret").path("optional").asBoolean(false));
                    }
                }
                Set<String> claimTemplates = new TreeSet<>();
                w.path("spec").path("volumeClaimTemplates").forEach(t -> claimTemplates.add(name(t)));
                for (JsonNode c : spec.path("containers")) {
                    String cid = id + " container " + c.path("name").asText();
                    JsonNode sc = c.path("securityContext");
                    if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
                        problem(cid + ": securityContext.readOnlyRootFilesystem must be true");
                    }
                    if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
                        problem(cid + ": securityContext.allowPrivilegeEscalation must be false");
                    }
                    boolean tmp = false;
                    for (JsonNode m : c.path("volumeMounts")) {
                        String vn = m.path("name").asText();
                        if (!volumes.containsKey(vn) && !claimTemplates.contains(vn)) {
                            problem(cid + ": mounts volume '" + vn + "' that the pod does not declare");
                        }
                        if (m.path("mountPath").asText().equals("/tmp") && volumes.containsKey(vn) && volumes.get(vn).has("emptyDir")) {
                            tmp = true;
                        }
                    }
                    if (!tmp) {
                        problem(cid + ": needs an emptyDir mounted at /tmp (the root filesystem is read-only)");
                    }
                    for (String kindOf : List.of("requests", "limits")) {
                        for (String res : List.of("cpu", "memory")) {
                            if (!c.path("resources").path(kindOf).has(res)) {
                                problem(cid + ": resources." + kindOf + "." + res + " is missing");
                            }
                        }
                    }
                    for (JsonNode from : c.path("envFrom")) {
                        if (from.has("configMapRef")) {
                            refConfigMap(cid, from.path("configMapRef").path("name").asText(), null, from.path("configMapRef").path("optional").asBoolean(false));
                        }
                        if (from.has("secretRef")) {
                            refSecret(cid, from.path("secretRef").path("name").asText(), null, from.path("secretRef").path("optional").asBoolean(false));
                        }
                    }
                    for (JsonNode e : c.path("env")) {
                        JsonNode vf = e.path("valueFrom");
                        if (vf.has("configMapKeyRef")) {
                            JsonNode r = vf.path("configMapKeyRef");
                            refConfigMap(cid, r.path("name").asText(), r.path("key").asText(), r.path("optional").asBoolean(false));
                        }
                        if (vf.has("secretKeyRef")) {
                            JsonNode r = vf.path("secretKeyRef");
                            refSecret(cid, r.path("name").asText(), r.path("key").asText(), r.path("optional").asBoolean(false));
                        }
                    }
                    // Probes that name a port must name one the container has.
                    Set<String> portNames = new TreeSet<>();
                    c.path("ports").forEach(p -> portNames.add(p.path("name").asText()));
                    for (String probe : PROBES.keySet()) {
                        JsonNode port = c.path(probe).path("httpGet").path("port");
                        if (port.isTextual() && !portNames.contains(port.asText())) {
                            problem(cid + ": " + probe + " names port '" + port.asText() + "' that the container does not have");
                        }
                    }
                }
            }
        }
    }

    private void refConfigMap(String who, String name, String key, boolean optional) {
        ObjectNode cm = find("ConfigMap", name);
        if (cm == null) {
            if (!optional) {
                problem(who + ": refers to ConfigMap '" + name + "', which does not exist");
            }
        } else if (key != null && !cm.path("data").has(key) && !cm.path("binaryData").has(key) && !optional) {
            problem(who + ": refers to key '" + key + "' of ConfigMap '" + name + "', which it does not have");
        }
    }

    private void refSecret(String who, String name, String key, boolean optional) {
        ObjectNode s = find("Secret", name);
        if (s == null) {
            Map<String, Set<String>> external = EXTERNAL_SECRETS.getOrDefault(overlay, Map.of());
            if (external.containsKey(name)) {
                if (key != null && !external.get(name).contains(key)) {
                    problem(who + ": refers to key '" + key + "' of the external Secret '" + name + "', documented with keys " + external.get(name));
                }
            } else if (!optional) {
                problem(who + ": refers to Secret '" + name + "', which neither the overlay renders nor docs/deploy.md asks to create");
            }
        } else if (key != null && !s.path("data").has(key) && !s.path("stringData").has(key) && !optional) {
            problem(who + ": refers to key '" + key + "' of Secret '" + name + "', which it does not have");
        }
    }

    private void serviceSelectors() {
        for (ObjectNode svc : all("Service")) {
            String type = svc.path("spec").path("type").asText("ClusterIP");
            if (!type.equals("ClusterIP")) {
                problem(id(svc) + ": type " + type + ": services are internal (ClusterIP); only the Ingress exposes the gateway");
            }
            List<Pod> selected = podsMatching(svc.path("spec").path("selector"));
            if (svc.path("spec").path("selector").isEmpty() || selected.isEmpty()) {
                problem(id(svc) + ": selector " + svc.path("spec").path("selector") + " matches no pod");
                continue;
            }
            for (JsonNode port : svc.path("spec").path("ports")) {
                JsonNode target = port.path("targetPort");
                for (Pod p : selected) {
                    boolean ok = target.isMissingNode() ? p.ports().containsValue(port.path("port").asInt())
                            : target.isTextual() ? p.ports().containsKey(target.asText()) : p.ports().containsValue(target.asInt());
                    if (!ok) {
                        problem(id(svc) + ": port " + port.path("name").asText() + " targets " + target + ", which " + p.owner() + " does not expose");
                    }
                }
            }
        }
    }

    /** The container port a Service port leads to, or -1. */
    private int resolveServicePort(String serviceName, int port, String who) {
        ObjectNode svc = find("Service", serviceName);
        if (svc == null) {
            problem(who + ": Service '" + serviceName + "' does not exist");
            return -1;
        }
        for (JsonNode p : svc.path("spec").path("ports")) {
            if (p.path("port").asInt() == port) {
                JsonNode target = p.path("targetPort");
                if (target.isTextual()) {
                    for (Pod pod : podsMatching(svc.path("spec").path("selector"))) {
                        return pod.ports().getOrDefault(target.asText(), -1);
                    }
                    return -1;
                }
                return target.isMissingNode() ? port : target.asInt();
            }
        }
        problem(who + ": Service '" + serviceName + "' has no port " + port);
        return -1;
    }

    private String serviceOwner(String serviceName) {
        ObjectNode svc = find("Service", serviceName);
        if (svc == null) {
            return null;
        }
        List<Pod> p = podsMatching(svc.path("spec").path("selector"));
        return p.isEmpty() ? null : p.get(0).owner();
    }

    private String shortHost(String host) {
        String suffix = "." + namespace + ".svc";
        if (host.endsWith(suffix + ".cluster.local")) {
            return host.substring(0, host.length() - suffix.length() - ".cluster.local".length());
        }
        if (host.endsWith(suffix)) {
            return host.substring(0, host.length() - suffix.length());
        }
        if (host.endsWith("." + namespace)) {
            return host.substring(0, host.length() - namespace.length() - 1);
        }
        return host;
    }

    /** Each service module: its Deployment, ports, probes, configuration keys and the endpoints they name. */
    private void serviceModules() {
        for (ServiceModules.Service s : services.values()) {
            ObjectNode d = find("Deployment", s.name());
            if (d == null) {
                problem("service " + s.name() + " has no Deployment named " + s.name());
                continue;
            }
            String id = id(d);
            JsonNode c = d.path("spec").path("template").path("spec").path("containers").path(0);
            int port = s.httpPort();
            Map<String, Integer> ports = new LinkedHashMap<>();
            c.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
            Map<String, String> env = environment(c);
            if (env.containsKey("QUARKUS_HTTP_PORT")) {
                port = Integer.parseInt(env.get("QUARKUS_HTTP_PORT"));
            }
            if (!ports.containsValue(port)) {
                problem(id + ": the service listens on " + port + " (quarkus.http.port) but the container declares ports " + ports);
            }
            for (Map.Entry<String, String> probe : PROBES.entrySet()) {
                JsonNode get = c.path(probe.getKey()).path("httpGet");
                if (get.isMissingNode()) {
                    problem(id + ": " + probe.getKey() + " is missing (expected httpGet " + probe.getValue() + ")");
                    continue;
                }
                if (!get.path("path").asText().equals(probe.getValue())) {
                    problem(id + ": " + probe.getKey() + " path " + get.path("path").asText() + ", the service serves " + probe.getValue());
                }
                JsonNode p = get.path("port");
                int probePort = p.isTextual() ? ports.getOrDefault(p.asText(), -1) : p.asInt();
                if (probePort != port) {
                    problem(id + ": " + probe.getKey() + " probes port " + p + ", the service listens on " + port);
                }
            }
            // Configuration keys: every variable must be one the service reads.
            Map<String, String> known = s.envNames();
            Set<String> extra = EXTRA_ENV.getOrDefault(s.name(), Set.of());
            for (String var : env.keySet()) {
                if (!known.containsKey(var) && !extra.contains(var) && !var.startsWith("JAVA_")) {
                    problem(id + ": environment variable " + var + " matches no key of " + s.name() + "'s application.properties");
                }
            }
            // Defaults that point at the loopback address only work on a developer's machine.
            known.forEach((var, key) -> {
                String v = s.properties().get(key);
                if ((v.contains("127.0.0.1") || v.contains("localhost")) && !env.containsKey(var)) {
                    problem(id + ": " + key + " defaults to " + v + " and must be set (" + var + ")");
                }
            });
            for (String secretKey : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                if (s.properties().containsKey("quarkus.datasource.db-kind") && !env.getOrDefault(secretKey, "").startsWith("secret:")) {
                    problem(id + ": " + secretKey + " must come from a Secret");
                }
            }
            for (Map.Entry<String, String> e : env.entrySet()) {
                if (e.getKey().startsWith("QUARKUS_REST_CLIENT_") && e.getKey().endsWith("_URL")) {
                    restClient(id, e.getKey(), e.getValue());
                }
                if (e.getKey().equals("QUARKUS_DATASOURCE_JDBC_URL")) {
                    jdbc(id, e.getValue(), env);
                }
            }
        }
    }

    private void restClient(String id, String var, String url) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            problem(id + ": " + var + " = " + url + " is not an http URL");
            return;
        }
        String host = shortHost(m.group(1));
        int port = m.group(2) == null ? 80 : Integer.parseInt(m.group(2));
        int containerPort = resolveServicePort(host, port, id + " " + var);
        String owner = serviceOwner(host);
        if (owner == null) {
            return;
        }
        ServiceModules.Service target = services.get(owner.replaceFirst("^Deployment/", ""));
        if (target == null) {
            problem(id + ": " + var + " leads to " + owner + ", which is none of the services");
        } else if (containerPort != target.httpPort()) {
            problem(id + ": " + var + " = " + url + " reaches port " + containerPort + " of " + owner + ", which listens on " + target.httpPort());
        }
    }

    private void jdbc(String id, String url, Map<String, String> env) {
        Matcher m = JDBC.matcher(url);
        if (!m.matches()) {
            problem(id + ": QUARKUS_DATASOURCE_JDBC_URL = " + url + " is not a PostgreSQL JDBC URL");
            return;
        }
        String host = shortHost(m.group(1));
        int port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
        String db = m.group(3);
        for (ObjectNode cluster : all("Cluster")) {
            String cn = name(cluster);
            if (host.equals(cn + "-rw") || host.equals(cn + "-ro") || host.equals(cn + "-r")) {
                if (port != 5432) {
                    problem(id + ": CloudNativePG serves " + host + " on 5432, not " + port);
                }
                if (!host.equals(cn + "-rw")) {
                    problem(id + ": the service writes, so it must use " + cn + "-rw, not " + host);
                }
                JsonNode initdb = cluster.path("spec").path("bootstrap").path("initdb");
                if (!initdb.path("database").asText().equals(db)) {
                    problem(id + ": database " + db + ", but Cluster/" + cn + " creates " + initdb.path("database").asText());
                }
                String owner = initdb.path("secret").path("name").asText();
                refSecret("Cluster/" + cn + " bootstrap.initdb.secret", owner, "username", false);
                for (String var : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                    String v = env.getOrDefault(var, "");
                    if (!v.startsWith("secret:" + owner + "/")) {
                        problem(id + ": " + var + " must come from the owner Secret " + owner + " of Cluster/" + cn + ", not " + v);
                    }
                }
                ObjectNode secret = find("Secret", owner);
                if (secret != null && !secret.path("type").asText().equals("kubernetes.io/basic-auth")) {
                    problem("Secret/" + owner + ": CloudNativePG needs type kubernetes.io/basic-auth");
                }
                return;
            }
        }
        int containerPort = resolveServicePort(host, port, id + " QUARKUS_DATASOURCE_JDBC_URL");
        String owner = serviceOwner(host);
        if (owner == null) {
            return;
        }
        if (containerPort != 5432) {
            problem(id + ": " + url + " reaches port " + containerPort + " of " + owner + ", not PostgreSQL's 5432");
        }
        // A plain PostgreSQL (dev): the initialisation script in a mounted ConfigMap must create the database.
        Pod pod = pods.stream().filter(p -> p.owner().equals(owner)).findFirst().orElseThrow();
        StringBuilder scripts = new StringBuilder();
        for (JsonNode v : pod.template().path("spec").path("volumes")) {
            if (v.has("configMap")) {
                ObjectNode cm = find("ConfigMap", v.path("configMap").path("name").asText());
                if (cm != null) {
                    strings(cm.path("data")).values().forEach(scripts::append);
                }
            }
        }
        if (!Pattern.compile("(?s).*\\b" + Pattern.quote(db) + "\\b.*").matcher(scripts).matches()) {
            problem(id + ": database " + db + " is created by no initialisation script of " + owner);
        }
    }

    // ------------------------------------------------------------------------------------------------ Kafka

    private int brokerCount(String cluster) {
        int brokers = 0;
        for (ObjectNode pool : all("KafkaNodePool")) {
            boolean broker = false;
            for (JsonNode role : pool.path("spec").path("roles")) {
                broker |= role.asText().equals("broker");
            }
            if (broker && strings(pool.path("metadata").path("labels")).getOrDefault("strimzi.io/cluster", "").equals(cluster)) {
                brokers += pool.path("spec").path("replicas").asInt();
            }
        }
        return brokers;
    }

    /** The most replicas a Deployment can have: its replicas, or its autoscaler's maximum. */
    private int maxReplicas(String deployment) {
        int max = 0;
        ObjectNode d = find("Deployment", deployment);
        if (d != null) {
            max = d.path("spec").path("replicas").asInt(1);
        }
        for (ObjectNode h : all("HorizontalPodAutoscaler")) {
            if (h.path("spec").path("scaleTargetRef").path("name").asText().equals(deployment)) {
                max = Math.max(max, h.path("spec").path("maxReplicas").asInt());
            }
        }
        for (ObjectNode so : all("ScaledObject")) {
            if (so.path("spec").path("scaleTargetRef").path("name").asText().equals(deployment)) {
                max = Math.max(max, so.path("spec").path("maxReplicaCount").asInt());
            }
        }
        return max;
    }

    private int minReplicas(String deployment) {
        ObjectNode d = find("Deployment", deployment);
        int min = d == null ? 0 : d.path("spec").path("replicas").asInt(1);
        for (ObjectNode h : all("HorizontalPodAutoscaler")) {
            if (h.path("spec").path("scaleTargetRef").path("name").asText().equals(deployment)) {
                min = h.path("spec").path("minReplicas").asInt(1);
            }
        }
        for (ObjectNode so : all("ScaledObject")) {
            if (so.path("spec").path("scaleTargetRef").path("name").asText().equals(deployment)) {
                min = so.path("spec").path("minReplicaCount").asInt(0);
            }
        }
        return min;
    }

    private ObjectNode topic(String topicName) {
        for (ObjectNode t : all("KafkaTopic")) {
            String n = t.path("spec").path("topicName").asText(name(t));
            if (n.equals(topicName)) {
                return t;
            }
        }
        return null;
    }

    /** The Kafka a bootstrap address names: "<cluster>-kafka-bootstrap:<port>" of a plain listener. */
    private ObjectNode kafkaFor(String who, String bootstrap) {
        for (String server : bootstrap.split(",")) {
            Matcher m = Pattern.compile("(.+)-kafka-bootstrap(\\.[^:]+)?:(\\d+)").matcher(server.trim());
            if (!m.matches()) {
                problem(who + ": bootstrap address " + server + " is not a Strimzi bootstrap Service (<cluster>-kafka-bootstrap:<port>)");
                return null;
            }
            String suffix = m.group(2) == null ? "" : m.group(2);
            if (!suffix.isEmpty() && !List.of("." + namespace, "." + namespace + ".svc", "." + namespace + ".svc.cluster.local").contains(suffix)) {
                problem(who + ": bootstrap address " + server + " is not in the namespace " + namespace);
            }
            ObjectNode kafka = find("Kafka", m.group(1));
            if (kafka == null) {
                problem(who + ": bootstrap address " + server + " names Kafka '" + m.group(1) + "', which does not exist");
                return null;
            }
            boolean listener = false;
            for (JsonNode l : kafka.path("spec").path("kafka").path("listeners")) {
                if (l.path("port").asInt() == Integer.parseInt(m.group(3)) && l.path("type").asText().equals("internal")
                        && !l.path("tls").asBoolean(false) && !l.has("authentication")) {
                    listener = true;
                }
            }
            if (!listener) {
                problem(who + ": Kafka/" + name(kafka) + " has no internal plain listener on port " + m.group(3));
            }
            return kafka;
        }
        return null;
    }

    private void kafkaAndTopics() {
        for (ObjectNode k : all("Kafka")) {
            Map<String, String> ann = strings(k.path("metadata").path("annotations"));
            if (!"enabled".equals(ann.get("strimzi.io/kraft")) || !"enabled".equals(ann.get("strimzi.io/node-pools"))) {
                problem(id(k) + ": needs the annotations strimzi.io/kraft: enabled and strimzi.io/node-pools: enabled");
            }
            if (k.path("spec").has("zookeeper")) {
                problem(id(k) + ": KRaft only, no spec.zookeeper");
            }
            boolean controller = false;
            for (ObjectNode pool : all("KafkaNodePool")) {
                for (JsonNode r : pool.path("spec").path("roles")) {
                    controller |= r.asText().equals("controller");
                }
            }
            if (!controller || brokerCount(name(k)) == 0) {
                problem(id(k) + ": the KafkaNodePools need at least one controller and one broker");
            }
            Map<String, String> cfg = strings(k.path("spec").path("kafka").path("config"));
            int brokers = brokerCount(name(k));
            for (String rf : List.of("default.replication.factor", "offsets.topic.replication.factor", "transaction.state.log.replication.factor")) {
                if (cfg.containsKey(rf) && Integer.parseInt(cfg.get(rf)) > brokers) {
                    problem(id(k) + ": " + rf + " " + cfg.get(rf) + " exceeds the " + brokers + " broker(s)");
                }
            }
        }
        for (ObjectNode pool : all("KafkaNodePool")) {
            String cluster = strings(pool.path("metadata").path("labels")).get("strimzi.io/cluster");
            if (cluster == null || find("Kafka", cluster) == null) {
                problem(id(pool) + ": label strimzi.io/cluster names no Kafka (" + cluster + ")");
            }
        }
        for (ObjectNode t : all("KafkaTopic")) {
            String cluster = strings(t.path("metadata").path("labels")).get("strimzi.io/cluster");
            if (cluster == null || find("Kafka", cluster) == null) {
                problem(id(t) + ": label strimzi.io/cluster names no Kafka (" + cluster + ")");
                continue;
            }
            int replicas = t.path("spec").path("replicas").asInt();
            int brokers = brokerCount(cluster);
            if (replicas > brokers) {
                problem(id(t) + ": " + replicas + " replicas on " + brokers + " broker(s)");
            }
            Map<String, String> cfg = strings(t.path("spec").path("config"));
            if (cfg.containsKey("min.insync.replicas") && Integer.parseInt(cfg.get("min.insync.replicas")) > replicas) {
                problem(id(t) + ": min.insync.replicas above its replicas");
            }
            String topicName = t.path("spec").path("topicName").asText(name(t));
            Map<String, String> expected = TOPIC_CONFIG.get(topicName);
            if (expected != null) {
                expected.forEach((key, value) -> {
                    if (!value.equals(cfg.get(key))) {
                        problem(id(t) + ": " + topicName + " needs " + key + "=" + value + ", has " + cfg.get(key));
                    }
                });
            }
            Integer partitions = TOPIC_PARTITIONS.get(topicName);
            if (partitions != null && t.path("spec").path("partitions").asInt() != partitions) {
                problem(id(t) + ": " + topicName + " has " + partitions + " partitions by design, not " + t.path("spec").path("partitions"));
            }
        }
        // Every topic a service names exists on the Kafka its bootstrap address names, with enough partitions.
        for (ServiceModules.Service s : services.values()) {
            ObjectNode d = find("Deployment", s.name());
            if (d == null) {
                continue;
            }
            Map<String, String> env = environment(d.path("spec").path("template").path("spec").path("containers").path(0));
            Set<String> topics = new TreeSet<>(s.topics("incoming"));
            topics.addAll(s.topics("outgoing"));
            if (topics.isEmpty()) {
                continue;
            }
            ObjectNode kafka = kafkaFor(id(d) + " KAFKA_BOOTSTRAP_SERVERS",
                    env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", s.properties().getOrDefault("kafka.bootstrap.servers", "")));
            for (String topicName : topics) {
                ObjectNode t = topic(topicName);
                if (t == null) {
                    problem(id(d) + ": " + s.name() + " uses topic " + topicName + ", which no KafkaTopic creates");
                    continue;
                }
                if (kafka != null && !name(kafka).equals(strings(t.path("metadata").path("labels")).get("strimzi.io/cluster"))) {
                    problem(id(t) + ": belongs to another Kafka than the one " + s.name() + " connects to");
                }
                int partitions = t.path("spec").path("partitions").asInt();
                // A service whose every instance is its own consumer group (the gateway's event stream) reads all
                // partitions in each instance: its replicas are not bounded by the partitions.
                if (s.topics("incoming").contains(topicName) && !s.groupPerInstance() && partitions < maxReplicas(s.name())) {
                    problem(id(t) + ": " + partitions + " partitions for up to " + maxReplicas(s.name()) + " consumers of " + s.name());
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ scaling

    private void autoscalers() {
        for (ObjectNode h : all("HorizontalPodAutoscaler")) {
            scaleTarget(id(h), h.path("spec").path("scaleTargetRef"));
            if (h.path("spec").path("minReplicas").asInt(1) > h.path("spec").path("maxReplicas").asInt()) {
                problem(id(h) + ": minReplicas above maxReplicas");
            }
        }
        for (ObjectNode so : all("ScaledObject")) {
            String id = id(so);
            ObjectNode d = scaleTarget(id, so.path("spec").path("scaleTargetRef"));
            int max = so.path("spec").path("maxReplicaCount").asInt();
            if (so.path("spec").path("minReplicaCount").asInt(0) > max) {
                problem(id + ": minReplicaCount above maxReplicaCount");
            }
            if (d == null) {
                continue;
            }
            ServiceModules.Service s = services.get(name(d));
            Map<String, String> env = environment(d.path("spec").path("template").path("spec").path("containers").path(0));
            for (JsonNode trigger : so.path("spec").path("triggers")) {
                JsonNode md = trigger.path("metadata");
                String topicName = md.path("topic").asText();
                ObjectNode t = topic(topicName);
                if (t == null) {
                    problem(id + ": trigger topic " + topicName + " does not exist as a KafkaTopic");
                } else if (max > t.path("spec").path("partitions").asInt()) {
                    problem(id + ": maxReplicaCount " + max + " exceeds the " + t.path("spec").path("partitions").asInt()
                            + " partitions of " + topicName + " (extra consumers would sit idle)");
                }
                if (s == null) {
                    problem(id + ": scales " + id(d) + ", which is none of the services");
                    continue;
                }
                if (!s.topics("incoming").contains(topicName)) {
                    problem(id + ": " + s.name() + " does not consume " + topicName);
                }
                String group = env.getOrDefault("MUBIAO_CONSUMER_GROUP", s.properties().get("mubiao.consumer-group"));
                if (!md.path("consumerGroup").asText().equals(group)) {
                    problem(id + ": consumerGroup " + md.path("consumerGroup").asText() + ", but " + s.name() + " consumes as " + group);
                }
                ObjectNode kafka = kafkaFor(id + " bootstrapServers", md.path("bootstrapServers").asText());
                if (kafka != null && !md.path("bootstrapServers").asText().contains("." + namespace)) {
                    problem(id + ": KEDA runs in its own namespace: bootstrapServers must be qualified with ." + namespace + ".svc");
                }
            }
        }
    }

    private ObjectNode scaleTarget(String who, JsonNode ref) {
        if (!"Deployment".equals(ref.path("kind").asText("Deployment")) || !"apps/v1".equals(ref.path("apiVersion").asText("apps/v1"))) {
            problem(who + ": scales " + ref + ", expected an apps/v1 Deployment");
            return null;
        }
        ObjectNode d = find("Deployment", ref.path("name").asText());
        if (d == null) {
            problem(who + ": scales Deployment '" + ref.path("name").asText() + "', which does not exist");
            return null;
        }
        if (d.path("spec").has("replicas")) {
            problem(id(d) + ": sets spec.replicas although " + who + " owns them (every apply would reset the scale)");
        }
        return d;
    }

    private void disruptionBudgets() {
        for (ObjectNode pdb : all("PodDisruptionBudget")) {
            List<Pod> selected = podsMatching(pdb.path("spec").path("selector"));
            if (selected.isEmpty()) {
                problem(id(pdb) + ": selector matches no pod");
                continue;
            }
            JsonNode minAvailable = pdb.path("spec").path("minAvailable");
            for (Pod p : selected) {
                if (minAvailable.isInt() && p.owner().startsWith("Deployment/")
                        && minAvailable.asInt() >= minReplicas(p.owner().substring("Deployment/".length()))) {
                    problem(id(pdb) + ": minAvailable " + minAvailable.asInt() + " leaves no pod of " + p.owner() + " to evict: node drains would block");
                }
            }
        }
    }

    private void ingress() {
        for (ObjectNode ing : all("Ingress")) {
            for (JsonNode rule : ing.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    JsonNode svc = path.path("backend").path("service");
                    String sn = svc.path("name").asText();
                    ObjectNode s = find("Service", sn);
                    if (s == null) {
                        problem(id(ing) + ": backend Service '" + sn + "' does not exist");
                        continue;
                    }
                    if (!"Deployment/gateway".equals(serviceOwner(sn))) {
                        problem(id(ing) + ": exposes " + sn + "; only the gateway is public");
                    }
                    boolean ok = false;
                    for (JsonNode p : s.path("spec").path("ports")) {
                        ok |= svc.path("port").has("name") ? p.path("name").asText().equals(svc.path("port").path("name").asText())
                                : p.path("port").asInt() == svc.path("port").path("number").asInt();
                    }
                    if (!ok) {
                        problem(id(ing) + ": Service " + sn + " has no port " + svc.path("port"));
                    }
                }
            }
            for (JsonNode tls : ing.path("spec").path("tls")) {
                refSecret(id(ing) + " tls", tls.path("secretName").asText(), "tls.crt", false);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ network

    /** Whether a NetworkPolicy rule's peers admit traffic from the given pod (null: from outside the namespace). */
    private static boolean admits(JsonNode rule, Pod from) {
        if (!rule.has("from") || rule.path("from").isEmpty()) {
            return true;
        }
        for (JsonNode peer : rule.path("from")) {
            if (peer.has("ipBlock")) {
                return true;
            }
            if (peer.has("namespaceSelector")) {
                if (peer.path("namespaceSelector").isEmpty() && (!peer.has("podSelector") || from == null || matches(peer.path("podSelector"), from.labels()))) {
                    return true;
                }
                if (from == null) {
                    return true; // some other namespace
                }
                continue;
            }
            if (from != null && peer.has("podSelector") && matches(peer.path("podSelector"), from.labels())) {
                return true;
            }
        }
        return false;
    }

    private boolean allowed(Pod from, Pod to, int port) {
        for (ObjectNode np : all("NetworkPolicy")) {
            if (!matches(np.path("spec").path("podSelector"), to.labels())) {
                continue;
            }
            for (JsonNode rule : np.path("spec").path("ingress")) {
                boolean portOk = !rule.has("ports") || rule.path("ports").isEmpty();
                for (JsonNode p : rule.path("ports")) {
                    JsonNode pp = p.path("port");
                    portOk |= pp.isMissingNode() || (pp.isTextual() ? to.ports().getOrDefault(pp.asText(), -1) == port : pp.asInt() == port);
                }
                if (portOk && admits(rule, from)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Pod pod(String owner) {
        return pods.stream().filter(p -> p.owner().equals(owner)).findFirst().orElse(null);
    }

    private void networkPolicies() {
        boolean defaultDeny = false;
        for (ObjectNode np : all("NetworkPolicy")) {
            JsonNode spec = np.path("spec");
            boolean ingressType = false;
            for (JsonNode t : spec.path("policyTypes")) {
                ingressType |= t.asText().equals("Ingress");
            }
            if (spec.path("podSelector").isEmpty() && ingressType && spec.path("ingress").isEmpty()) {
                defaultDeny = true;
            } else if (!spec.path("podSelector").isEmpty() && podsMatching(spec.path("podSelector")).isEmpty()) {
                problem(id(np) + ": podSelector matches no pod");
            }
            for (JsonNode rule : spec.path("ingress")) {
                for (JsonNode peer : rule.path("from")) {
                    if (peer.has("podSelector") && !peer.has("namespaceSelector") && podsMatching(peer.path("podSelector")).isEmpty()) {
                        problem(id(np) + ": peer podSelector " + peer.path("podSelector") + " matches no pod");
                    }
                }
            }
        }
        for (ObjectNode k : all("Kafka")) {
            for (JsonNode l : k.path("spec").path("kafka").path("listeners")) {
                for (JsonNode peer : l.path("networkPolicyPeers")) {
                    if (peer.has("podSelector") && !peer.has("namespaceSelector") && podsMatching(peer.path("podSelector")).isEmpty()) {
                        problem(id(k) + ": listener " + l.path("name").asText() + " peer " + peer.path("podSelector") + " matches no pod");
                    }
                }
            }
        }
        if (!"prod".equals(overlay)) {
            return;
        }
        if (!defaultDeny) {
            problem("prod: no default-deny ingress NetworkPolicy (podSelector {} , policyTypes [Ingress], no rules)");
            return;
        }
        // From outside: the gateway and nothing else of ours.
        for (Pod p : pods) {
            if (p.template() == null) {
                continue;
            }
            boolean open = p.ports().values().stream().anyMatch(port -> allowed(null, p, port));
            if (p.owner().equals("Deployment/gateway") && !open) {
                problem("the gateway is not reachable from outside the namespace");
            } else if (!p.owner().equals("Deployment/gateway") && open) {
                problem(p.owner() + " is reachable from outside the namespace; only the gateway may be");
            }
        }
        // Every REST call and database connection the configuration names is allowed, and no other app reaches a database.
        Map<String, Set<String>> dbClients = new HashMap<>();
        for (ServiceModules.Service s : services.values()) {
            ObjectNode d = find("Deployment", s.name());
            if (d == null) {
                continue;
            }
            Pod from = pod(id(d));
            Map<String, String> env = environment(d.path("spec").path("template").path("spec").path("containers").path(0));
            for (Map.Entry<String, String> e : env.entrySet()) {
                Matcher url = URL.matcher(e.getValue());
                Matcher jdbc = JDBC.matcher(e.getValue());
                String host;
                int port;
                if (e.getKey().startsWith("QUARKUS_REST_CLIENT_") && url.matches()) {
                    host = shortHost(url.group(1));
                    port = url.group(2) == null ? 80 : Integer.parseInt(url.group(2));
                } else if (e.getKey().equals("QUARKUS_DATASOURCE_JDBC_URL") && jdbc.matches()) {
                    host = shortHost(jdbc.group(1));
                    port = jdbc.group(2) == null ? 5432 : Integer.parseInt(jdbc.group(2));
                } else {
                    continue;
                }
                Pod to;
                if (find("Service", host) != null) {
                    String owner = serviceOwner(host);
                    to = owner == null ? null : pod(owner);
                    port = resolveServicePort(host, port, s.name());
                } else {
                    to = pod("Cluster/" + host.replaceFirst("-(rw|ro|r)$", ""));
                }
                if (to == null) {
                    continue;
                }
                if (to.owner().startsWith("Cluster/")) {
                    dbClients.computeIfAbsent(to.owner(), x -> new TreeSet<>()).add(from.owner());
                }
                if (!allowed(from, to, port)) {
                    problem("NetworkPolicies block " + from.owner() + " -> " + to.owner() + ":" + port + " (" + e.getKey() + ")");
                }
            }
        }
        for (Pod db : pods) {
            if (!db.owner().startsWith("Cluster/")) {
                continue;
            }
            for (Pod app : pods) {
                if (app.template() != null && allowed(app, db, 5432)
                        && !dbClients.getOrDefault(db.owner(), Set.of()).contains(app.owner())) {
                    problem("NetworkPolicies let " + app.owner() + " reach " + db.owner() + ", which it does not use");
                }
            }
        }
    }

    private void externalSecretsDocumented() {
        Map<String, Set<String>> external = EXTERNAL_SECRETS.getOrDefault(overlay, Map.of());
        if (external.isEmpty()) {
            return;
        }
        String doc;
        try {
            doc = Files.readString(repoRoot.resolve("docs/deploy.md"));
        } catch (IOException e) {
            problem("docs/deploy.md cannot be read: it must tell how to create the Secrets " + external.keySet());
            return;
        }
        external.forEach((secret, keys) -> {
            if (!doc.contains(secret)) {
                problem("docs/deploy.md does not name the Secret " + secret);
            }
            for (String key : keys) {
                if (!doc.contains(key)) {
                    problem("docs/deploy.md does not name key " + key + " of Secret " + secret);
                }
            }
        });
    }
}
