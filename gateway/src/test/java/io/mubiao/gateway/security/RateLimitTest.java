package io.mubiao.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A tight limit (burst 3, then one request every 10 s) and closed reads. */
@QuarkusTest
@TestProfile(RateLimitTest.TightLimit.class)
class RateLimitTest {
    public static class TightLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.ingest.url", "http://127.0.0.1:9",
                    "quarkus.rest-client.targets.url", "http://127.0.0.1:9",
                    "mubiao.rate-limit.requests-per-second", "0.1",
                    "mubiao.rate-limit.burst", "3",
                    "mubiao.api.reads-require-key", "true");
        }
    }

    @Test
    void aKeyOverItsBurstGets429WithRetryAfterWhileAnotherKeyGoesOn() {
        for (int i = 0; i < 3; i++) {
            given().header("X-API-Key", "test-key-1").get("/api/v1/targets").then().statusCode(503);
        }
        Response refused = given().header("X-API-Key", "test-key-1").get("/api/v1/targets");
        assertEquals(429, refused.statusCode());
        assertEquals("application/problem+json", refused.contentType());
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 10, "Retry-After " + retryAfter);
        given().header("X-API-Key", "test-key-2").get("/api/v1/targets").then().statusCode(503);
    }

    @Test
    void closedReadsNeedAKey() {
        given().get("/api/v1/documents").then().statusCode(401).body("detail", containsString("X-API-Key"));
    }
}
