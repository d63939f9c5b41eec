package io.mubiao.targets.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.mubiao.contracts.CloudEventHeaders;
import io.mubiao.contracts.DocumentExtracted;
import io.mubiao.contracts.DocumentFailed;
import io.mubiao.contracts.DocumentIngested;
import io.mubiao.contracts.EventJson;
import io.mubiao.contracts.EventTypes;
import io.mubiao.contracts.Topics;
import io.mubiao.testing.KafkaBrokerResource;
import io.mubiao.testing.PostgresResource;
import io.mubiao.testing.TestKafka;
import io.mubiao.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Events from the real broker into the real database, read back through the REST API. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "targets"),
        restrictToAnnotatedClass = false)
class ReadModelConsumersTest {

    static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    static void send(String topic, String type, String id, Object payload) throws Exception {
        TopicProbe.send(TestKafka.bootstrapServers(), topic, id, EventJson.mapper().writeValueAsString(payload),
                CloudEventHeaders.forNewEvent(type, "/test", id));
    }

    static DocumentExtracted.ExtractedTarget target(String indicator, String kind, double value, String year) {
        return new DocumentExtracted.ExtractedTarget(indicator, null, kind, "rate", value, null, "%", "approx", year,
                value, "%", null, indicator + "增长" + value + "%左右", null, 0, 10, List.of("2025工作安排"), 0, 12);
    }

    @Test
    void extractedTwiceStoresOnceAndIngestedFillsMetadata() throws Exception {
        String id = newId();
        send(Topics.DOCUMENTS_INGESTED, EventTypes.DOCUMENT_INGESTED_V1, id, new DocumentIngested(id, "r.txt",
                "政府工作报告", null, "text/plain", id + "0".repeat(48), 30, null, null, "地区生产总值增长5%左右", Instant.now()));
        DocumentExtracted result = new DocumentExtracted(id, "0.2.0", Instant.now(), List.of(
                target("地区生产总值", "target", 5, "2025"), target("一般公共预算收入", "achievement", 5.2, "2024")),
                List.of(new DocumentExtracted.ExtractedEntity("天津", "LOCATION", "天津市", 0, 2)));
        send(Topics.DOCUMENTS_EXTRACTED, EventTypes.DOCUMENT_EXTRACTED_V1, id, result);
        send(Topics.DOCUMENTS_EXTRACTED, EventTypes.DOCUMENT_EXTRACTED_V1, id, result); // re-delivery

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/documents/" + id).then().statusCode(200)
                        .body("status", equalTo("EXTRACTED")).body("title", equalTo("政府工作报告"))
                        .body("targetCount", equalTo(2)).body("entityCount", equalTo(1)));
        // Both copies applied (the later one last): still two rows, not four.
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().queryParam("document", id).get("/targets").then().statusCode(200)
                        .body("total", equalTo(2)).body("items", hasSize(2)));
        given().queryParam("document", id).queryParam("kind", "target").queryParam("year", "2025")
                .get("/targets").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].indicator", equalTo("地区生产总值")).body("items[0].section[0]", equalTo("2025工作安排"));
        given().queryParam("document", id).queryParam("indicator", "预算").get("/targets")
                .then().body("total", equalTo(1)).body("items[0].kind", equalTo("achievement"));
    }

    @Test
    void ingestedAndExtractedArrivingTogetherForNewDocumentsAreBothApplied() throws Exception {
        // The two channels race to create each new document's row; the loser must retry, not drop its record.
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = newId();
            ids.add(id);
            send(Topics.DOCUMENTS_EXTRACTED, EventTypes.DOCUMENT_EXTRACTED_V1, id, new DocumentExtracted(id, "0.2.0",
                    Instant.now(), List.of(target("地区生产总值", "target", 5, "2025")), List.of()));
            send(Topics.DOCUMENTS_INGESTED, EventTypes.DOCUMENT_INGESTED_V1, id, new DocumentIngested(id, "race.txt",
                    "报告" + i, null, "text/plain", id + "0".repeat(48), 30, null, null, "地区生产总值增长5%左右", Instant.now()));
        }
        for (String id : ids) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().get("/documents/" + id).then().statusCode(200).body("status", equalTo("EXTRACTED"))
                            .body("targetCount", equalTo(1)).body("fileName", equalTo("race.txt")));
        }
    }

    @Test
    void aPoisonRecordIsSkippedAndTheNextRecordOfThePartitionStillApplies() throws Exception {
        String id = newId();
        // kind longer than its column: the database refuses it the same way every time (SQLSTATE 22001).
        DocumentExtracted poison = new DocumentExtracted(id, "0.2.0", Instant.now(), List.of(
                target("地区生产总值", "k".repeat(40), 5, "2025")), List.of());
        DocumentExtracted good = new DocumentExtracted(id, "0.2.0", Instant.now(), List.of(
                target("地区生产总值", "target", 5, "2025"), target("粮食产量", "target", 1, "2025"),
                target("居民收入", "target", 5, "2025")), List.of());
        send(Topics.DOCUMENTS_EXTRACTED, EventTypes.DOCUMENT_EXTRACTED_V1, id, poison);
        send(Topics.DOCUMENTS_EXTRACTED, EventTypes.DOCUMENT_EXTRACTED_V1, id, good);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/documents/" + id).then().statusCode(200).body("status", equalTo("EXTRACTED"))
                        .body("targetCount", equalTo(3)));
    }

    @Test
    void aSkippedRecordLeavesTheDocumentFailedInStageStoreWithTheReason() throws Exception {
        String id = newId();
        DocumentExtracted poison = new DocumentExtracted(id, "0.2.0", Instant.now(), List.of(
                target("地区生产总值", "k".repeat(40), 5, "2025")), List.of());
        send(Topics.DOCUMENTS_EXTRACTED, EventTypes.DOCUMENT_EXTRACTED_V1, id, poison);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/documents/" + id).then().statusCode(200).body("status", equalTo("FAILED"))
                        .body("failureStage", equalTo("store"))
                        .body("failureReason", containsString("documents.extracted could not be applied"))
                        .body("targetCount", equalTo(0)));
    }

    @Test
    void failedEventMarksTheDocumentFailedWithItsReason() throws Exception {
        String id = newId();
        send(Topics.DOCUMENTS_FAILED, EventTypes.DOCUMENT_FAILED_V1, id,
                new DocumentFailed(id, "extract", "IllegalStateException: boom", "extract-service", "0.2.0", Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/documents/" + id).then().statusCode(200).body("status", equalTo("FAILED"))
                        .body("failureStage", equalTo("extract")).body("failureReason", containsString("boom")));
    }

    @Test
    void badQueriesAre400ProblemsAndUnknownIds404() {
        given().queryParam("kind", "promise").get("/targets").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("achievement"));
        given().queryParam("size", "1000").get("/targets").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("size", "-1").get("/targets").then().statusCode(400);
        given().queryParam("page", "abc").get("/targets").then().statusCode(400).body("detail", containsString("page"));
        given().queryParam("year", "99999").get("/targets").then().statusCode(400);
        given().queryParam("q", "' or 1=1 --").get("/targets").then().statusCode(200).body("total", equalTo(0));
        given().get("/documents/nope").then().statusCode(404).contentType("application/problem+json");
        given().get("/targets/123456789").then().statusCode(404).contentType("application/problem+json");
        given().get("/targets/x").then().statusCode(404);
    }

    @Test
    void listsCarryTotalsAndLinks() {
        given().queryParam("size", "1").header("X-Forwarded-Prefix", "/api/v1").get("/documents").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(1))
                .body("links.self", containsString("/api/v1/documents?"));
    }
}
