package io.mubiao.deploy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.crdgenerator.annotations.PresentInVersions;
import io.strimzi.crdgenerator.annotations.RequiredInVersions;

/**
 * Parses every rendered object strictly into its typed model:
 * <ul>
 * <li>only the kinds listed in {@link #TYPES} are accepted (apiVersion and kind together);</li>
 * <li>no unknown field: fabric8 and Strimzi keep them in additionalProperties, which are walked on every object;</li>
 * <li>the typed object written back equals the input (a bad Strimzi enum becomes null and vanishes, a type that does not
 * fit fails to parse at all);</li>
 * <li>the string-typed enums of the Kubernetes core model are checked against their allowed values ({@link #ENUMS});</li>
 * <li>Strimzi properties absent from, or required in, the resource's apiVersion (the crd-generator annotations);</li>
 * <li>the CloudNativePG Cluster and the KEDA ScaledObject, parsed as GenericKubernetesResource, against a mini schema of
 * the fields this project uses ({@link MiniSchema}).</li>
 * </ul>
 */
final class StrictModels {

    /** One rendered object: its YAML tree and its typed model. */
    record Obj(ObjectNode node, Object typed) {
        String apiVersion() {
            return node.path("apiVersion").asText();
        }

        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.path("metadata").path("name").asText();
        }

        @Override
        public String toString() {
            return kind() + "/" + name();
        }
    }

    static final Map<String, Class<?>> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("v1/Namespace", Namespace.class);
        TYPES.put("v1/ConfigMap", ConfigMap.class);
        TYPES.put("v1/Secret", Secret.class);
        TYPES.put("v1/Service", Service.class);
        TYPES.put("apps/v1/Deployment", Deployment.class);
        TYPES.put("apps/v1/StatefulSet", StatefulSet.class);
        TYPES.put("networking.k8s.io/v1/Ingress", Ingress.class);
        TYPES.put("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);
        TYPES.put("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class);
        TYPES.put("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);
        // io.strimzi:api 0.51.0 models v1 and v1beta2 of these (fabric8's @Version names only the storage version).
        TYPES.put("kafka.strimzi.io/v1/Kafka", Kafka.class);
        TYPES.put("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class);
        TYPES.put("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class);
        TYPES.put("postgresql.cnpg.io/v1/Cluster", GenericKubernetesResource.class);
        TYPES.put("keda.sh/v1alpha1/ScaledObject", GenericKubernetesResource.class);
    }

    /** Allowed values of core fields that fabric8 models as plain strings: kind -> path pattern -> values. */
    static final Map<String, Map<Pattern, Set<String>>> ENUMS = new LinkedHashMap<>();

    static {
        Map<Pattern, Set<String>> pod = new LinkedHashMap<>();
        String podSpec = "spec\\.template\\.spec\\.";
        pod.put(Pattern.compile(podSpec + "(init)?[cC]ontainers\\[]\\.imagePullPolicy"), Set.of("Always", "IfNotPresent", "Never"));
        pod.put(Pattern.compile(podSpec + "(init)?[cC]ontainers\\[]\\.ports\\[]\\.protocol"), Set.of("TCP", "UDP", "SCTP"));
        pod.put(Pattern.compile(podSpec + "restartPolicy"), Set.of("Always", "OnFailure", "Never"));
        pod.put(Pattern.compile(podSpec + "(.*\\.)?seccompProfile\\.type"), Set.of("RuntimeDefault", "Localhost", "Unconfined"));
        pod.put(Pattern.compile(podSpec + "topologySpreadConstraints\\[]\\.whenUnsatisfiable"), Set.of("DoNotSchedule", "ScheduleAnyway"));
        pod.put(Pattern.compile(podSpec + "(init)?[cC]ontainers\\[]\\.securityContext\\.capabilities\\.drop\\[]"), Set.of("ALL"));
        pod.put(Pattern.compile(podSpec + ".*Probe\\.httpGet\\.scheme"), Set.of("HTTP", "HTTPS"));
        Map<Pattern, Set<String>> deployment = new LinkedHashMap<>(pod);
        deployment.put(Pattern.compile("spec\\.strategy\\.type"), Set.of("RollingUpdate", "Recreate"));
        ENUMS.put("Deployment", deployment);
        Map<Pattern, Set<String>> statefulSet = new LinkedHashMap<>(pod);
        statefulSet.put(Pattern.compile("spec\\.podManagementPolicy"), Set.of("OrderedReady", "Parallel"));
        statefulSet.put(Pattern.compile("spec\\.updateStrategy\\.type"), Set.of("RollingUpdate", "OnDelete"));
        statefulSet.put(Pattern.compile("spec\\.volumeClaimTemplates\\[]\\.spec\\.accessModes\\[]"),
                Set.of("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"));
        ENUMS.put("StatefulSet", statefulSet);
        ENUMS.put("Service", Map.of(
                Pattern.compile("spec\\.type"), Set.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName"),
                Pattern.compile("spec\\.ports\\[]\\.protocol"), Set.of("TCP", "UDP", "SCTP")));
        ENUMS.put("Ingress", Map.of(
                Pattern.compile("spec\\.rules\\[]\\.http\\.paths\\[]\\.pathType"), Set.of("Exact", "Prefix", "ImplementationSpecific")));
        ENUMS.put("NetworkPolicy", Map.of(
                Pattern.compile("spec\\.policyTypes\\[]"), Set.of("Ingress", "Egress"),
                Pattern.compile("spec\\.(ingress|egress)\\[]\\.ports\\[]\\.protocol"), Set.of("TCP", "UDP", "SCTP")));
        ENUMS.put("HorizontalPodAutoscaler", Map.of(
                Pattern.compile("spec\\.metrics\\[]\\.type"), Set.of("Resource", "Pods", "Object", "External", "ContainerResource"),
                Pattern.compile("spec\\.metrics\\[]\\.resource\\.target\\.type"), Set.of("Utilization", "Value", "AverageValue")));
        ENUMS.put("PodDisruptionBudget", Map.of(
                Pattern.compile("spec\\.unhealthyPodEvictionPolicy"), Set.of("IfHealthyBudget", "AlwaysAllow")));
        ENUMS.put("Secret", Map.of(
                Pattern.compile("type"), Set.of("Opaque", "kubernetes.io/basic-auth", "kubernetes.io/tls",
                        "kubernetes.io/dockerconfigjson", "kubernetes.io/ssh-auth")));
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private StrictModels() {
    }

    /** Parses every document; adds a line to problems for each violation. */
    static List<Obj> parse(List<ObjectNode> docs, List<String> problems) {
        List<Obj> objects = new ArrayList<>();
        for (ObjectNode node : docs) {
            String id = node.path("kind").asText("?") + "/" + node.path("metadata").path("name").asText("?");
            String key = node.path("apiVersion").asText() + "/" + node.path("kind").asText();
            Class<?> type = TYPES.get(key);
            if (type == null) {
                problems.add(id + ": unexpected apiVersion/kind " + key + " (known: " + TYPES.keySet() + ")");
                continue;
            }
            Object typed;
            try {
                typed = MAPPER.treeToValue(node, type);
            } catch (Exception e) {
                problems.add(id + ": does not parse as " + type.getSimpleName() + ": " + firstLine(e.getMessage()));
                continue;
            }
            walkUnknown(typed, id, problems, new IdentityHashMap<>(), 0);
            ObjectNode back = MAPPER.valueToTree(typed);
            // The apiVersion was matched against TYPES above; Strimzi's classes write back their storage version.
            back.set("apiVersion", node.get("apiVersion"));
            diff(node, back, id, "", problems);
            checkEnums(node, id, problems);
            if (typed.getClass().getName().startsWith("io.strimzi.")) {
                String version = node.path("apiVersion").asText().replaceFirst(".*/", "");
                walkVersions(typed, version, id, "", problems, new IdentityHashMap<>(), 0);
            }
            if (typed instanceof GenericKubernetesResource) {
                MiniSchema.forKind(key).check(node, id, problems);
            }
            objects.add(new Obj(node, typed));
        }
        return objects;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    private static boolean isModel(Object o) {
        String n = o.getClass().getName();
        return n.startsWith("io.fabric8.kubernetes.api.model") || n.startsWith("io.strimzi.api.");
    }

    private static List<Method> getters(Class<?> c) {
        List<Method> out = new ArrayList<>();
        for (Method m : c.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String n = m.getName();
            if (n.equals("getAdditionalProperties") || n.equals("getClass")
                    || !(n.startsWith("get") && n.length() > 3 || n.startsWith("is") && n.length() > 2)) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    private static String propertyName(Method m) {
        JsonProperty jp = m.getAnnotation(JsonProperty.class);
        if (jp != null && !jp.value().isEmpty()) {
            return jp.value();
        }
        String n = m.getName().startsWith("is") ? m.getName().substring(2) : m.getName().substring(3);
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    /** Unknown fields: every model object's additionalProperties must be empty. */
    private static void walkUnknown(Object o, String path, List<String> problems, Map<Object, Boolean> seen, int depth) {
        if (o == null || depth > 60 || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walkUnknown(v, path + "." + k, problems, seen, depth + 1));
            return;
        }
        if (o instanceof Collection<?> list) {
            int i = 0;
            for (Object e : list) {
                walkUnknown(e, path + "[" + i++ + "]", problems, seen, depth + 1);
            }
            return;
        }
        if (!isModel(o) || o instanceof GenericKubernetesResource) {
            return;
        }
        try {
            Method ap = o.getClass().getMethod("getAdditionalProperties");
            Object extra = ap.invoke(o);
            if (extra instanceof Map<?, ?> m && !m.isEmpty()) {
                for (Object k : m.keySet()) {
                    problems.add(path + ": unknown field '" + k + "' (" + o.getClass().getSimpleName() + " has no such property)");
                }
            }
        } catch (NoSuchMethodException ignored) {
            // a model class without any-setter: Jackson already failed on unknown fields
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        for (Method m : getters(o.getClass())) {
            Object v;
            try {
                v = m.invoke(o);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (v != null && !(v instanceof String) && !(v instanceof Number) && !(v instanceof Boolean) && !(v instanceof Enum<?>)) {
                walkUnknown(v, path + "." + propertyName(m), problems, seen, depth + 1);
            }
        }
    }

    /** Strimzi: properties must exist in the resource's apiVersion, and those it requires must be set. */
    private static void walkVersions(Object o, String version, String id, String path, List<String> problems,
                                     Map<Object, Boolean> seen, int depth) {
        if (o == null || depth > 60 || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof Collection<?> list) {
            int i = 0;
            for (Object e : list) {
                walkVersions(e, version, id, path + "[" + i++ + "]", problems, seen, depth + 1);
            }
            return;
        }
        if (!o.getClass().getName().startsWith("io.strimzi.api.")) {
            return;
        }
        for (Method m : getters(o.getClass())) {
            Object v;
            try {
                v = m.invoke(o);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            String p = path.isEmpty() ? propertyName(m) : path + "." + propertyName(m);
            PresentInVersions present = m.getAnnotation(PresentInVersions.class);
            if (present != null && v != null && !VersionRange.contains(present.value(), version)) {
                problems.add(id + ": " + p + " does not exist in " + version + " (only in " + present.value() + ")");
            }
            RequiredInVersions required = m.getAnnotation(RequiredInVersions.class);
            if (required != null && v == null && VersionRange.contains(required.value(), version)
                    && !p.equals("status") && !p.startsWith("status.")) {
                problems.add(id + ": " + p + " is required in " + version);
            }
            if (v != null && !p.equals("status")) {
                walkVersions(v, version, id, p, problems, seen, depth + 1);
            }
        }
    }

    /** Input versus the typed object written back. */
    static void diff(JsonNode in, JsonNode out, String id, String path, List<String> problems) {
        if (in.isObject()) {
            if (!out.isObject()) {
                problems.add(id + ": " + path + " became " + out + " when read as its type");
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                JsonNode o = out.get(e.getKey());
                if (o == null || o.isNull()) {
                    // Strimzi leaves out boolean properties that are false (their default); anything else lost is an error.
                    if (!e.getValue().isNull() && !(e.getValue().isBoolean() && !e.getValue().booleanValue())) {
                        problems.add(id + ": " + p + " = " + e.getValue() + " does not survive the round trip (lost: wrong value or enum?)");
                    }
                } else {
                    diff(e.getValue(), o, id, p, problems);
                }
            }
            for (Iterator<String> it = out.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                // fabric8 fills in apiVersion and kind of embedded objects (volumeClaimTemplates): defaults, not changes.
                if (!in.has(k) && !isEmpty(out.get(k)) && !k.equals("apiVersion") && !k.equals("kind")) {
                    problems.add(id + ": " + (path.isEmpty() ? k : path + "." + k) + " appears on the round trip: " + out.get(k));
                }
            }
        } else if (in.isArray()) {
            if (!out.isArray() || out.size() != in.size()) {
                problems.add(id + ": " + path + " = " + in + " became " + out + " on the round trip");
                return;
            }
            for (int i = 0; i < in.size(); i++) {
                diff(in.get(i), out.get(i), id, path + "[" + i + "]", problems);
            }
        } else if (!sameScalar(in, out)) {
            problems.add(id + ": " + path + " = " + in + " became " + out + " on the round trip");
        }
    }

    private static boolean isEmpty(JsonNode n) {
        return n == null || n.isNull() || (n.isContainerNode() && n.isEmpty());
    }

    private static boolean sameScalar(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText())) == 0;
        }
        if (a.getNodeType() != b.getNodeType()) {
            return false;
        }
        return a.asText().equals(b.asText());
    }

    private static void checkEnums(ObjectNode node, String id, List<String> problems) {
        Map<Pattern, Set<String>> rules = ENUMS.get(node.path("kind").asText());
        if (rules == null) {
            return;
        }
        leaves(node, "", (path, value) -> {
            for (Map.Entry<Pattern, Set<String>> r : rules.entrySet()) {
                if (r.getKey().matcher(path).matches() && !r.getValue().contains(value.asText())) {
                    problems.add(id + ": " + path + " = '" + value.asText() + "' is not one of " + r.getValue());
                }
            }
        });
    }

    interface LeafVisitor {
        void visit(String path, JsonNode value);
    }

    /** Scalar leaves with their paths, array indices written as []. */
    static void leaves(JsonNode n, String path, LeafVisitor v) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> leaves(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), v));
        } else if (n.isArray()) {
            n.forEach(e -> leaves(e, path + "[]", v));
        } else {
            v.visit(path, n);
        }
    }

    /** Kubernetes API version ranges as Strimzi writes them: "v1beta2", "v1+", "v1alpha1-v1beta2", comma lists. */
    static final class VersionRange {
        private VersionRange() {
        }

        static boolean contains(String range, String version) {
            for (String part : range.split(",")) {
                part = part.trim();
                if (part.isEmpty()) {
                    continue;
                }
                if (part.endsWith("+")) {
                    if (compare(version, part.substring(0, part.length() - 1)) >= 0) {
                        return true;
                    }
                } else if (part.contains("-")) {
                    String[] ends = part.split("-", 2);
                    if (compare(version, ends[0]) >= 0 && compare(version, ends[1]) <= 0) {
                        return true;
                    }
                } else if (part.equals(version)) {
                    return true;
                }
            }
            return false;
        }

        /** v1alpha1 < v1beta1 < v1beta2 < v1 < v2alpha1 ... */
        static int compare(String a, String b) {
            int[] x = key(a);
            int[] y = key(b);
            for (int i = 0; i < 3; i++) {
                if (x[i] != y[i]) {
                    return Integer.compare(x[i], y[i]);
                }
            }
            return 0;
        }

        private static int[] key(String v) {
            var m = Pattern.compile("v(\\d+)(?:(alpha|beta)(\\d+))?").matcher(v);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a Kubernetes API version: " + v);
            }
            int major = Integer.parseInt(m.group(1));
            int stage = m.group(2) == null ? 2 : m.group(2).equals("beta") ? 1 : 0;
            int minor = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return new int[] {major, stage, minor};
        }
    }
}
