package io.mubiao.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A gateway started without keys refuses writes (503, saying why) instead of accepting them unchecked. */
@QuarkusTest
@TestProfile(NoKeysConfiguredTest.NoKeys.class)
class NoKeysConfiguredTest {
    public static class NoKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mubiao.api-keys", "", "quarkus.rest-client.targets.url", "http://127.0.0.1:9");
        }
    }

    @Test
    void writesAreRefusedAndReadsStillAnswered() {
        given().header("X-API-Key", "test-key-1").contentType("text/plain").body("增长5%").post("/api/v1/documents")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("no API keys configured"));
        given().get("/api/v1/targets").then().statusCode(503).body("detail", containsString("targets-service"));
    }
}
