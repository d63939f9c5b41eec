package io.mubiao.gateway.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The document at /q/openapi passes Redocly's linter (its recommended rules, @redocly/cli run through npx from the
 * npm registry) without an error, and holds what clients and Swagger UI need: servers, the X-API-Key scheme, an
 * operationId and a 2xx answer on every operation, a problem+json body on every error answer.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class OpenApiLintTest {
    static final String REDOCLY = "@redocly/cli@2.77.0";

    static String document() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    }

    @Test
    void everyOperationHasAnIdASuccessAndProblemBodiesAndTheKeySchemeIsDeclared() throws Exception {
        JsonNode api = new ObjectMapper().readTree(document());
        assertTrue(api.path("servers").size() > 0, "servers");
        JsonNode scheme = api.path("components").path("securitySchemes").path(PublicApiDocument.KEY_SCHEME);
        assertEquals("apiKey", scheme.path("type").asText());
        assertEquals("header", scheme.path("in").asText());
        assertEquals("X-API-Key", scheme.path("name").asText());
        List<String> problems = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode o = op.getValue();
            if (o.path("operationId").asText().isBlank()) {
                problems.add(name + ": no operationId");
            }
            boolean success = false;
            for (var it = o.path("responses").fields(); it.hasNext(); ) {
                var r = it.next();
                success |= r.getKey().startsWith("2");
                if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                    if (r.getValue().path("content").path("application/problem+json").isMissingNode()) {
                        problems.add(name + ": " + r.getKey() + " without an application/problem+json body");
                    }
                } else if (r.getKey().startsWith("2") && !path.getKey().equals("/api/v1/events")) {
                    r.getValue().path("content").fields().forEachRemaining(m -> {
                        if (m.getValue().path("schema").isMissingNode() || m.getValue().path("schema").isEmpty()) {
                            problems.add(name + ": " + r.getKey() + " " + m.getKey() + " has no schema");
                        }
                    });
                }
            }
            if (!success) {
                problems.add(name + ": no 2xx answer");
            }
            if (path.getKey().startsWith("/api/v1/") && o.path("security").isMissingNode()) {
                problems.add(name + ": no security requirement");
            }
            for (String status : List.of("401", "429", "503")) {
                if (path.getKey().startsWith("/api/v1/") && o.path("responses").path(status).isMissingNode()) {
                    problems.add(name + ": " + status + " (answered by the gateway itself) not declared");
                }
            }
        }));
        assertEquals(List.of(), problems);
    }

    @Test
    void redoclyLintFindsNoError() throws Exception {
        Assumptions.assumeTrue(onPath("npx"), "npx is not installed: the Redocly lint cannot run here");
        Path dir = Path.of("target", "openapi-lint");
        Files.createDirectories(dir);
        Path doc = dir.resolve("openapi.json");
        Files.writeString(doc, document(), StandardCharsets.UTF_8);
        Path log = dir.resolve("redocly.log");
        Process p = new ProcessBuilder("npx", "--yes", REDOCLY, "lint", doc.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "redocly lint did not finish within 5 minutes");
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), "redocly lint reports errors (" + log + "):\n" + out);
        assertTrue(out.contains("valid"), out);
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
