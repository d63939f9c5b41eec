package io.mubiao.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read side as a client sees it, through the gateway of the four packaged services with every seed ingested:
 * the indicator series with its statuses, themes, entities, sections and text, CSV equal to JSON, and the
 * server-sent event stream.
 */
class ReadSideThroughGatewayIT {
    static final Map<String, String> ids = new HashMap<>();

    @BeforeAll
    static void ingestTheSeeds() throws Exception {
        RunningSuite.get();
        try (var files = Files.list(RunningSuite.ROOT.resolve("seeds"))) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String id = RunningSuite.withKey().contentType("text/plain; charset=UTF-8")
                        .body(Files.readAllBytes(seed)).queryParam("fileName", seed.getFileName().toString())
                        .post("/api/v1/documents").then().statusCode(org.hamcrest.Matchers.oneOf(200, 202))
                        .extract().path("id");
                ids.put(seed.getFileName().toString().substring(0, 3), id);
            }
        }
        for (String id : ids.values()) {
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                    given().get("/api/v1/documents/" + id).then().statusCode(200).body("status", equalTo("EXTRACTED")));
        }
    }

    @Test
    void theGdpGrowthSeriesShowsThe2023TargetThe2024AchievementAndThe2025Target() {
        JsonPath series = given().get("/api/v1/indicators/地区生产总值/series").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> points = null;
        for (Map<String, Object> s : series.<Map<String, Object>>getList("series")) {
            if ("rate".equals(s.get("measure"))) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> p = (List<Map<String, Object>>) s.get("points");
                points = p;
            }
        }
        assertNotNull(points, "a growth-rate series: " + series.prettify());
        assertPoint(points, "2023", "target", 4.0, ids.get("003"));
        assertPoint(points, "2024", "achievement", 4.7, ids.get("001"));
        assertPoint(points, "2025", "target", 5.0, ids.get("001"));
        for (Map<String, Object> p : points) {
            if ("target".equals(p.get("kind"))) {
                assertTrue(List.of("met", "missed", "pending", "unknown").contains(p.get("status")), p.toString());
            }
        }
    }

    private static void assertPoint(List<Map<String, Object>> points, String year, String kind, double value,
                                    String document) {
        assertTrue(points.stream().anyMatch(p -> year.equals(p.get("year")) && kind.equals(p.get("kind"))
                        && Math.abs(((Number) p.get("value")).doubleValue() - value) < 1e-6 && "approx".equals(p.get("comparator"))
                        && document.equals(p.get("document"))),
                year + " " + kind + " " + value + "% 左右 from " + document + " in " + points);
    }

    @Test
    void csvAndJsonReturnTheSameRows() {
        JsonPath json = given().queryParam("theme", "green").queryParam("size", 200).queryParam("sort", "year")
                .get("/api/v1/targets").then().statusCode(200).extract().jsonPath();
        List<Integer> jsonIds = json.getList("items.id", Integer.class);
        assertFalse(jsonIds.isEmpty(), "green targets exist in the seeds");
        String csv = given().queryParam("theme", "green").queryParam("size", 200).queryParam("sort", "year")
                .header("Accept", "text/csv").get("/api/v1/targets").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFF"), "the CSV opens with a UTF-8 byte-order mark (Excel, WPS)");
        List<String> lines = csv.substring(1).lines().filter(l -> !l.isBlank()).toList();
        List<String> header = List.of(lines.get(0).split(","));
        int idColumn = header.indexOf("id");
        assertTrue(idColumn >= 0, "an id column: " + lines.get(0));
        List<Integer> csvIds = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            csvIds.add(Integer.parseInt(line.split(",", -1)[idColumn].replace("\"", "")));
        }
        assertEquals(jsonIds, csvIds);
    }

    @Test
    void themesEntitiesSectionsAndTextAnswer() {
        given().get("/api/v1/themes").then().statusCode(200).body("items.size()", equalTo(12))
                .body("items.find { it.code == 'green' }.targetCount", greaterThan(0));
        String entityId = given().queryParam("type", "FACILITY").get("/api/v1/entities").then().statusCode(200)
                .body("total", greaterThan(0)).extract().path("items[0].id");
        given().get("/api/v1/entities/" + entityId).then().statusCode(200).body("documents.size()", greaterThan(0));
        String id = ids.get("003");
        given().get("/api/v1/documents/" + id + "/sections").then().statusCode(200).body("size()", greaterThan(0));
        String text = given().get("/api/v1/documents/" + id + "/text").then().statusCode(200)
                .contentType(startsWith("text/plain")).extract().asString();
        int targetId = given().queryParam("document", id).get("/api/v1/targets").then().extract().path("items[0].id");
        JsonPath target = given().get("/api/v1/targets/" + targetId).then().statusCode(200).extract().jsonPath();
        assertEquals(target.getString("quote"), text.substring(target.getInt("start"), target.getInt("end")),
                "offsets of a target refer to the served text");
        given().queryParam("theme", "no_such_theme").get("/api/v1/targets").then().statusCode(400);
    }

    @Test
    void aLifecycleEventReachesAnSseClient() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningSuite.get().gatewayUrl() + "/api/v1/events"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        String id = ids.get("002");
        CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("data:") && line.contains(id)) {
                        return line;
                    }
                }
                return null;
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        // the stream reads from the latest offsets: give its consumer a moment to be assigned, then cause events
        Awaitility.await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        RunningSuite.withKey().post("/api/v1/documents/" + id + "/reprocess").then().statusCode(202);
        String data = seen.get(60, TimeUnit.SECONDS);
        assertNotNull(data);
        assertTrue(data.contains("\"documentId\""), data);
        assertFalse(data.contains("\"text\""), "never the document text: " + data);
    }
}
