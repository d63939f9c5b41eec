package io.mubiao.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.testing.ServiceProcess;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four packaged services as separate processes on a real KRaft broker and a real PostgreSQL: a seed
 * posted to the gateway comes back from /api/v1/targets with quotes that occur in the document.
 */
class SuiteEndToEndIT {
    static final Path ROOT = RunningSuite.ROOT;
    static RunningSuite suite;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = RunningSuite.get();
    }

    @Test
    void aSeedPostedToTheGatewayComesBackAsTargetsQuotedFromIt() throws Exception {
        Path seed = ROOT.resolve("seeds/003_c71f8966921ed387.txt");
        String text = Files.readString(seed);
        String id = RunningSuite.withKey().contentType("text/plain; charset=UTF-8").body(Files.readAllBytes(seed))
                .queryParam("fileName", seed.getFileName().toString())
                .post("/api/v1/documents")
                .then().statusCode(202).header("Location", containsString("/api/v1/documents/"))
                .extract().path("id");

        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().get("/api/v1/documents/" + id).then().statusCode(200).body("status", equalTo("EXTRACTED")));

        JsonPath page = given().queryParam("document", id).queryParam("size", 200).get("/api/v1/targets")
                .then().statusCode(200).extract().jsonPath();
        int total = page.getInt("total");
        assertTrue(total > 100, "a government work report holds well over a hundred figures; got " + total);
        List<String> quotes = page.getList("items.quote", String.class);
        assertEquals(Math.min(total, 200), quotes.size());
        for (String quote : quotes) {
            assertTrue(text.contains(quote), "quote not in the document: " + quote);
        }
        given().get("/api/v1/documents/" + id).then().body("targetCount", equalTo(total))
                .body("fileName", equalTo(seed.getFileName().toString()));

        // The same bytes again: the same document, nothing new.
        RunningSuite.withKey().contentType("text/plain; charset=UTF-8").body(Files.readAllBytes(seed)).post("/api/v1/documents")
                .then().statusCode(200).body("id", equalTo(id));
        // Filters reach targets-service through the gateway.
        given().queryParam("document", id).queryParam("kind", "target").queryParam("year", 2023)
                .get("/api/v1/targets").then().statusCode(200).body("items[0].kind", equalTo("target"));
    }

    @Test
    void clientErrorsThroughTheGatewayAreProblems() {
        given().queryParam("kind", "promise").get("/api/v1/targets")
                .then().statusCode(400).contentType("application/problem+json");
        RunningSuite.withKey().contentType("text/plain").body(new byte[0]).post("/api/v1/documents")
                .then().statusCode(400).contentType("application/problem+json");
        RunningSuite.withKey().contentType("application/zip").body(new byte[] {1, 2, 3}).post("/api/v1/documents")
                .then().statusCode(415).contentType("application/problem+json");
        RunningSuite.withKey().contentType("application/pdf").body(new byte[] {1, 2, 3}).post("/api/v1/documents")
                .then().statusCode(422).contentType("application/problem+json"); // not a readable PDF
        given().get("/api/v1/documents/0000000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void everyServiceServesHealthAndTheGatewayItsOpenApi() throws Exception {
        for (ServiceProcess s : suite.services) {
            given().baseUri(s.url()).port(s.port).get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        }
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/targets"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void writesThroughTheGatewayNeedTheKey() {
        given().contentType("text/plain; charset=UTF-8").body("2025年增长5%").post("/api/v1/documents")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
