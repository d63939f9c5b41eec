package io.mubiao.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With its services away, the gateway answers a 503 problem that names the service and holds no stack
 * trace. (The gateway against the real services is covered by e2e-tests.)
 */
@QuarkusTest
@TestProfile(UnreachableServicesTest.ServicesAway.class)
class UnreachableServicesTest {
    public static class ServicesAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Port 9 (discard) is closed on loopback: connections are refused at once.
            return Map.of("quarkus.rest-client.ingest.url", "http://127.0.0.1:9",
                    "quarkus.rest-client.targets.url", "http://127.0.0.1:9",
                    "quarkus.rest-client.extract.url", "http://127.0.0.1:9");
        }
    }

    @Test
    void uploadAnswers503ProblemWhenIngestIsAway() {
        given().header("X-API-Key", "test-key-1").contentType("text/plain").body("增长5%").post("/api/v1/documents")
                .then().statusCode(503).contentType("application/problem+json")
                .body("status", equalTo(503)).body("detail", containsString("ingest-service"))
                .body(not(containsString("Exception")));
    }

    @Test
    void previewAnswers503ProblemWhenExtractIsAway() {
        given().header("X-API-Key", "test-key-1").contentType("text/plain").body("增长5%").post("/api/v1/extract")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("extract-service")).body(not(containsString("Exception")));
    }

    @Test
    void queriesAnswer503ProblemWhenTargetsIsAway() {
        given().get("/api/v1/targets").then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("targets-service"));
        given().get("/api/v1/documents/abc").then().statusCode(503);
    }

    @Test
    void openApiAndHealthAreServed() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/documents"));
        given().get("/q/health/live").then().statusCode(200);
    }
}
