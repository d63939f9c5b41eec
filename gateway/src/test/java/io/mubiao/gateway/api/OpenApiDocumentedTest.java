package io.mubiao.gateway.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mubiao.testing.KafkaBrokerResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The gateway's OpenAPI document and docs/api.md describe the same API: every endpoint docs/api.md documents (a
 * "## METHOD /api/v1/…" heading) is in /q/openapi with every query parameter of its table, and every /api/v1
 * operation of /q/openapi is documented, with a summary and its parameters described.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class OpenApiDocumentedTest {
    static final Pattern ENDPOINT = Pattern.compile("^## (GET|POST|PUT|DELETE|PATCH) (/api/v1/\\S*)\\s*$");
    static final Pattern PARAMETER_ROW = Pattern.compile("^\\| `([A-Za-z]+)` \\|");

    /** METHOD path → query parameters, as docs/api.md documents them. */
    static Map<String, Set<String>> documented() throws Exception {
        Path doc = Path.of("..", "docs", "api.md");
        Map<String, Set<String>> endpoints = new LinkedHashMap<>();
        Set<String> current = null;
        boolean inParameterTable = false;
        for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
            Matcher m = ENDPOINT.matcher(line);
            if (m.matches()) {
                current = new LinkedHashSet<>();
                endpoints.put(m.group(1) + " " + m.group(2), current);
                inParameterTable = false;
            } else if (line.startsWith("## ")) {
                current = null;
            } else if (current != null && line.startsWith("| query parameter")) {
                inParameterTable = true;
            } else if (current != null && inParameterTable) {
                Matcher p = PARAMETER_ROW.matcher(line);
                if (p.find()) {
                    current.add(p.group(1));
                } else if (!line.startsWith("|")) {
                    inParameterTable = false;
                }
            }
        }
        return endpoints;
    }

    @Test
    void everyDocumentedEndpointAndParameterIsInTheOpenApiDocumentAndBack() throws Exception {
        JsonNode openapi = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        Map<String, Set<String>> documented = documented();
        assertTrue(documented.size() >= 15, "docs/api.md documents " + documented.keySet());
        List<String> problems = new ArrayList<>();
        documented.forEach((endpoint, parameters) -> {
            String[] mp = endpoint.split(" ");
            JsonNode op = openapi.path("paths").path(mp[1]).path(mp[0].toLowerCase(Locale.ROOT));
            if (op.isMissingNode()) {
                problems.add(endpoint + " is documented but not in /q/openapi");
                return;
            }
            Set<String> inOpenApi = new TreeSet<>();
            op.path("parameters").forEach(p -> {
                if ("query".equals(p.path("in").asText())) {
                    inOpenApi.add(p.path("name").asText());
                }
            });
            for (String p : parameters) {
                if (!inOpenApi.contains(p)) {
                    problems.add(endpoint + ": query parameter " + p + " is documented but not in /q/openapi");
                }
            }
            for (String p : inOpenApi) {
                if (!parameters.contains(p)) {
                    problems.add(endpoint + ": query parameter " + p + " is in /q/openapi but not in docs/api.md");
                }
            }
        });
        openapi.path("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/api/v1")) {
                return;
            }
            path.getValue().fields().forEachRemaining(op -> {
                String endpoint = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                if (!documented.containsKey(endpoint)) {
                    problems.add(endpoint + " is in /q/openapi but has no section in docs/api.md");
                }
                if (op.getValue().path("summary").asText().isBlank()) {
                    problems.add(endpoint + " has no summary");
                }
                op.getValue().path("parameters").forEach(p -> {
                    if (p.path("description").asText().isBlank() && !"header".equals(p.path("in").asText())) {
                        problems.add(endpoint + ": parameter " + p.path("name").asText() + " has no description");
                    }
                });
            });
        });
        assertEquals(List.of(), problems);
        assertFalse(openapi.path("paths").path("/api/v1/events").path("get").isMissingNode());
    }
}
