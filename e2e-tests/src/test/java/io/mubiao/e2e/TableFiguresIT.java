package io.mubiao.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plan's indicator table uploaded through the gateway (the example page of shared/eval/tables, and the DOCX
 * LibreOffice made of it): ingest reads the table, the event carries it, extract-service reads its figures, and
 * GET /api/v1/targets gives every gold figure with its 属性 and its cell.
 */
class TableFiguresIT {
    static final Path TABLES = RunningSuite.ROOT.resolve("document-formats/src/test/resources/tables");
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        RunningSuite.get();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"plan-table.html, text/html",
            "plan-table.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    void everyGoldFigureOfTheTableComesBackWithItsAttribute(String file, String type) throws Exception {
        String id = RunningSuite.withKey().contentType(type).queryParam("fileName", file)
                .body(Files.readAllBytes(TABLES.resolve(file))).post("/api/v1/documents")
                .then().extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().get("/api/v1/documents/" + id).then().statusCode(200).body("status", equalTo("EXTRACTED")));
        JsonNode items = JSON.readTree(given().queryParam("document", id).queryParam("size", 200).get("/api/v1/targets")
                .then().statusCode(200).extract().asString()).path("items");
        List<JsonNode> fromTable = new ArrayList<>();
        items.forEach(t -> {
            if (t.has("table")) {
                fromTable.add(t);
            }
        });
        List<String> missed = new ArrayList<>();
        for (String line : Files.readAllLines(TABLES.resolve("plan-table.gold.jsonl"))) {
            JsonNode g = JSON.readTree(line);
            JsonNode hit = fromTable.stream().filter(t -> sameFigure(g, t)).findFirst().orElse(null);
            if (hit == null) {
                missed.add(line);
                continue;
            }
            String attribute = hit.path("attribute").asText();
            assertTrue(attribute.equals("预期性") || attribute.equals("约束性"), hit::toString);
            assertTrue(hit.path("table").path("caption").asText().contains("主要指标"), hit::toString);
        }
        assertEquals(List.of(), missed, file + ": gold figures not served; table figures: " + fromTable);
        JsonNode beds = fromTable.stream().filter(t -> t.path("indicator").asText().contains("养老床位")
                && t.path("kind").asText().equals("target")).findFirst().orElseThrow();
        assertEquals("约束性", beds.path("attribute").asText());
        assertEquals("2025年", beds.path("table").path("column").asText());
    }

    private static boolean sameFigure(JsonNode g, JsonNode t) {
        return Math.abs(g.path("value").asDouble() - t.path("value").asDouble()) < 1e-9
                && g.path("unit").asText().equals(t.path("unit").asText())
                && g.path("kind").asText().equals(t.path("kind").asText())
                && g.path("measure").asText().equals(t.path("measure").asText())
                && g.path("comparator").asText().equals(t.path("comparator").asText())
                && g.path("year").asText().equals(t.path("year").asText())
                && t.path("indicator").asText().contains(g.path("indicator").asText().substring(0, 2));
    }
}
