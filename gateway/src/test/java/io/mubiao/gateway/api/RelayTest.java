package io.mubiao.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.mubiao.testing.KafkaBrokerResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every /api/v1 route reaches its downstream path with all its query parameters, and the answer comes back as it was. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = EchoServiceResource.class, restrictToAnnotatedClass = true)
class RelayTest {

    @Test
    void everyReadRouteReachesItsPathWithAllQueryParameters() {
        given().queryParam("indicator", "地区生产总值").queryParam("theme", "macro").queryParam("entity", "天开园")
                .queryParam("sort", "-year").queryParam("unknownToTheGateway", "x").get("/api/v1/targets").then()
                .statusCode(200).body("path", equalTo("/targets")).body("prefix", equalTo("/api/v1"))
                .body("query", containsString("indicator=%E5%9C%B0")).body("query", containsString("sort=-year"))
                .body("query", containsString("unknownToTheGateway=x")).header("X-Total-Count", "7");
        given().queryParam("q", "GDP").queryParam("theme", "macro").get("/api/v1/indicators").then()
                .body("path", equalTo("/indicators")).body("query", containsString("q=GDP"));
        given().get("/api/v1/indicators/{key}/series", "PM2.5年均浓度").then().statusCode(200)
                .body("path", equalTo("/indicators/PM2.5%E5%B9%B4%E5%9D%87%E6%B5%93%E5%BA%A6/series"));
        given().queryParam("type", "ORG").queryParam("document", "abc").get("/api/v1/entities").then()
                .body("path", equalTo("/entities")).body("query", containsString("type=ORG"));
        given().get("/api/v1/entities/0123456789abcdef").then().body("path", equalTo("/entities/0123456789abcdef"));
        given().get("/api/v1/themes").then().body("path", equalTo("/themes"));
        given().queryParam("genre", "规划").queryParam("dateFrom", "2021-01-01").queryParam("status", "FAILED")
                .get("/api/v1/documents").then().body("path", equalTo("/documents")).body("query", containsString("status=FAILED"));
        given().get("/api/v1/documents/abc/sections").then().body("path", equalTo("/documents/abc/sections"));
        given().get("/api/v1/documents/abc/entities").then().body("path", equalTo("/documents/abc/entities"));
        given().get("/api/v1/documents/abc/text").then().body("path", equalTo("/documents/abc/text"));
        given().get("/api/v1/targets/42").then().body("path", equalTo("/targets/42"));
    }

    @Test
    void csvAndProblemsKeepTheirContentTypeAndStatus() {
        given().accept("text/csv").queryParam("kind", "target").get("/api/v1/targets").then().statusCode(200)
                .contentType(startsWith("text/csv")).body(startsWith("path,query\r\n/targets,kind=target"));
        given().get("/api/v1/documents/missing").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no such thing"));
    }

    @Test
    void reprocessIsRelayedToIngestAsAPost() {
        given().header("X-API-Key", "test-key-1").post("/api/v1/documents/abc/reprocess").then().statusCode(202)
                .body("method", equalTo("POST")).body("path", equalTo("/documents/abc/reprocess"));
        given().header("X-API-Key", "test-key-1").post("/api/v1/documents/missing/reprocess").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void uploadAndPreviewPassTheirQueryParametersOnAsTheyCame() {
        given().header("X-API-Key", "test-key-1").contentType("text/plain; charset=UTF-8").body("全市地区生产总值增长5%左右。")
                .queryParam("title", "政府工作报告").queryParam("region", "天津").queryParam("date", "2025-01-14")
                .post("/api/v1/documents").then().statusCode(202).body("method", equalTo("POST"))
                .body("path", equalTo("/documents")).body("query", containsString("region=%E5%A4%A9%E6%B4%A5"))
                .body("query", containsString("date=2025-01-14")).body("query", containsString("title="));
        given().header("X-API-Key", "test-key-1").contentType("text/plain; charset=UTF-8").body("全市地区生产总值增长5%左右。")
                .queryParam("fileName", "report.txt").post("/api/v1/extract").then().statusCode(202)
                .body("path", equalTo("/extract")).body("query", equalTo("fileName=report.txt"));
    }
}
