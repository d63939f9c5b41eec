package io.mubiao.gateway.security;

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
 * The filter in the running gateway (keys test-key-1, test-key-2 from the %test profile; the services are
 * away, so a request that passes the filter ends in the relay's 503).
 */
@QuarkusTest
@TestProfile(ApiKeyFilterTest.ServicesAway.class)
class ApiKeyFilterTest {
    public static class ServicesAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.ingest.url", "http://127.0.0.1:9",
                    "quarkus.rest-client.targets.url", "http://127.0.0.1:9");
        }
    }

    @Test
    void aWriteWithoutAKeyIs401WithAChallenge() {
        given().contentType("text/plain").body("增长5%").post("/api/v1/documents")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("X-API-Key"))
                .body("status", equalTo(401)).body("detail", containsString("X-API-Key"));
    }

    @Test
    void aWrongKeyIs401AndIsNotEchoed() {
        given().header("X-API-Key", "wrong-but-recognisable-guess").contentType("text/plain").body("增长5%")
                .post("/api/v1/documents")
                .then().statusCode(401).contentType("application/problem+json")
                .body(not(containsString("wrong-but-recognisable-guess")));
        given().header("X-API-Key", "test-key-1x").get("/api/v1/targets").then().statusCode(401);
    }

    @Test
    void eachConfiguredKeyPassesTheFilter() {
        for (String key : new String[] {"test-key-1", "test-key-2"}) {
            given().header("X-API-Key", key).contentType("text/plain").body("增长5%").post("/api/v1/documents")
                    .then().statusCode(503).body("detail", containsString("ingest-service"));
        }
    }

    @Test
    void readsAreOpenByDefault() {
        given().get("/api/v1/targets").then().statusCode(503).body("detail", containsString("targets-service"));
    }

    @Test
    void aHundredKilobyteTitleIsAProblemNotA5xx() {
        given().header("X-API-Key", "test-key-1").queryParam("title", "标".repeat(100_000 / 3))
                .contentType("text/plain").body("增长5%").post("/api/v1/documents")
                .then().statusCode(414).contentType("application/problem+json");
        given().queryParam("q", "x".repeat(100_000)).get("/api/v1/targets")
                .then().statusCode(414).contentType("application/problem+json");
    }

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedBeforeItIsRead() {
        given().header("X-API-Key", "test-key-1").contentType("text/plain").body(new byte[20 * 1024 * 1024 + 1])
                .post("/api/v1/documents")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void healthAndOpenApiNeedNoKey() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
