package io.mubiao.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * Structural checks for the custom resources that have no typed model here (CloudNativePG Cluster, KEDA
 * ScaledObject): a small schema per kind under src/test/resources/schemas/, listing the fields this project uses.
 * A field the schema does not list is an error, so a misspelling cannot pass silently.
 *
 * <p>Schema language (YAML): an object lists its fields; a field name ending in '!' is required; a one-element list
 * is the schema of every element; a leaf is a type: string, bool, int, int>=N, intstring (a string holding an
 * integer, as KEDA's trigger metadata requires), quantity, enum:a|b|c, map&lt;string&gt; (string values),
 * metadata (fabric8 ObjectMeta, strictly), resources (fabric8 ResourceRequirements, strictly).
 */
final class MiniSchema {
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final JsonNode schema;

    private MiniSchema(JsonNode schema) {
        this.schema = schema;
    }

    static MiniSchema forKind(String apiVersionKind) {
        String file = "/schemas/" + apiVersionKind.replace('/', '_') + ".yaml";
        try (InputStream in = MiniSchema.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("no mini schema " + file);
            }
            return new MiniSchema(Repo.YAML.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void check(JsonNode node, String id, List<String> problems) {
        check(schema, node, id, "", problems);
    }

    private static void check(JsonNode s, JsonNode n, String id, String path, List<String> problems) {
        String at = id + ": " + (path.isEmpty() ? "(root)" : path);
        if (s.isObject()) {
            if (!n.isObject()) {
                problems.add(at + " must be an object, is " + n);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String name = f.getKey().replace("!", "");
                if (f.getKey().endsWith("!") && !n.has(name)) {
                    problems.add(at + ": required field '" + name + "' is missing");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode sub = s.has(f.getKey()) ? s.get(f.getKey()) : s.get(f.getKey() + "!");
                String p = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                if (sub == null) {
                    List<String> known = new ArrayList<>();
                    s.fieldNames().forEachRemaining(k -> known.add(k.replace("!", "")));
                    problems.add(id + ": " + p + ": unknown field '" + f.getKey() + "' (known here: " + known + ")");
                } else {
                    check(sub, f.getValue(), id, p, problems);
                }
            }
        } else if (s.isArray()) {
            if (!n.isArray()) {
                problems.add(at + " must be a list, is " + n);
                return;
            }
            for (int i = 0; i < n.size(); i++) {
                check(s.get(0), n.get(i), id, path + "[" + i + "]", problems);
            }
        } else {
            leaf(s.asText(), n, at, problems);
        }
    }

    private static void leaf(String type, JsonNode n, String at, List<String> problems) {
        switch (type) {
            case "string" -> {
                if (!n.isTextual()) {
                    problems.add(at + " must be a string, is " + n);
                }
            }
            case "bool" -> {
                if (!n.isBoolean()) {
                    problems.add(at + " must be true or false, is " + n);
                }
            }
            case "int" -> {
                if (!n.isIntegralNumber()) {
                    problems.add(at + " must be an integer, is " + n);
                }
            }
            case "intstring" -> {
                if (!n.isTextual() || !n.asText().matches("-?\\d+")) {
                    problems.add(at + " must be a string holding an integer (\"10\"), is " + n);
                }
            }
            case "quantity" -> {
                if (!(n.isTextual() && n.asText().matches("\\d+(\\.\\d+)?(m|k|M|G|T|Ki|Mi|Gi|Ti)?") || n.isIntegralNumber())) {
                    problems.add(at + " must be a quantity (10Gi), is " + n);
                }
            }
            case "map<string>" -> {
                if (!n.isObject()) {
                    problems.add(at + " must be a map, is " + n);
                } else {
                    n.fields().forEachRemaining(e -> {
                        if (!e.getValue().isTextual()) {
                            problems.add(at + "." + e.getKey() + " must be a string, is " + e.getValue());
                        }
                    });
                }
            }
            case "metadata" -> typed(n, ObjectMeta.class, at, problems);
            case "resources" -> typed(n, ResourceRequirements.class, at, problems);
            default -> {
                if (type.startsWith("int>=")) {
                    int min = Integer.parseInt(type.substring(5));
                    if (!n.isIntegralNumber() || n.asInt() < min) {
                        problems.add(at + " must be an integer >= " + min + ", is " + n);
                    }
                } else if (type.startsWith("enum:")) {
                    List<String> allowed = List.of(type.substring(5).split("\\|"));
                    if (!n.isTextual() || !allowed.contains(n.asText())) {
                        problems.add(at + " = " + n + " is not one of " + allowed);
                    }
                } else {
                    throw new IllegalStateException("unknown mini schema type " + type);
                }
            }
        }
    }

    private static void typed(JsonNode n, Class<?> type, String at, List<String> problems) {
        try {
            Object o = STRICT.treeToValue(n, type);
            List<String> found = new ArrayList<>();
            StrictModels.diff(n, STRICT.valueToTree(o), at, "", found);
            try {
                Object extra = type.getMethod("getAdditionalProperties").invoke(o);
                if (extra instanceof Map<?, ?> m && !m.isEmpty()) {
                    found.add(at + ": unknown fields " + m.keySet());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            problems.addAll(found);
        } catch (IOException e) {
            problems.add(at + " does not parse as " + type.getSimpleName() + ": " + e.getMessage().split("\n")[0]);
        }
    }
}
