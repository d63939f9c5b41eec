package io.mubiao.targets.api;

import static io.mubiao.targets.api.ReadSideTest.newId;
import static io.mubiao.targets.api.ReadSideTest.send;
import static io.mubiao.targets.api.ReadSideTest.target;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mubiao.contracts.DocumentExtracted;
import io.mubiao.contracts.DocumentIngested;
import io.mubiao.contracts.EventTypes;
import io.mubiao.contracts.Topics;
import io.mubiao.testing.KafkaBrokerResource;
import io.mubiao.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Regions side by side: two provinces' reports and a district's, through the topics; each region's headline GDP
 * growth figure, not a place within it, not a 年均 average, not the district's for its province.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "targets"),
        restrictToAnnotatedClass = false)
class RegionComparisonTest {
    static final String TIANJIN = "一、2025年工作回顾\n地区生产总值年均增长4.4%，高于全国。\n全市地区生产总值增长4.8%，一般公共预算收入增长4.1%。\n"
            + "二、2026年工作安排\n滨海新区地区生产总值增长6%。\n今年经济社会发展主要预期目标是：地区生产总值增长4.5%，在实际工作中努力争取更好结果。\n";
    static final String JIANGSU = "二、2026年工作安排\n今年经济社会发展主要预期目标是：经济增长5%左右。\n";
    static final String BINHAI = "二、2026年工作安排\n全区地区生产总值增长6.5%。\n";
    static final String tianjin = newId();
    static final String jiangsu = newId();
    static final String binhai = newId();
    static boolean seeded;

    static void report(String id, String title, String text, String region, String level, List<DocumentExtracted.ExtractedTarget> targets)
            throws Exception {
        send(Topics.DOCUMENTS_INGESTED, EventTypes.DOCUMENT_INGESTED_V1, id, new DocumentIngested(id, id + ".txt", title,
                null, "text/plain", id + "0".repeat(48), 300, LocalDate.of(2026, 1, 26), "政府工作报告", text, Instant.now(),
                null, null, null, null, region, level));
        send(Topics.DOCUMENTS_EXTRACTED, EventTypes.DOCUMENT_EXTRACTED_V1, id,
                new DocumentExtracted(id, "0.3.0", Instant.now(), targets, List.of()));
    }

    static DocumentExtracted.ExtractedTarget of(DocumentExtracted.ExtractedTarget t, String subject) {
        return new DocumentExtracted.ExtractedTarget(t.indicator(), subject, t.kind(), t.measure(), t.value(), t.valueMax(),
                t.unit(), t.comparator(), t.year(), t.normalizedValue(), t.baseUnit(), t.theme(), t.quote(), t.sentence(),
                t.start(), t.end(), t.section(), t.sentenceStart(), t.sentenceEnd());
    }

    @BeforeEach
    void threeReports() throws Exception {
        if (seeded) {
            return;
        }
        seeded = true;
        report(tianjin, "2026年天津市政府工作报告", TIANJIN, "天津市", "province", List.of(
                target(TIANJIN, "地区生产总值年均增长4.4%", "地区生产总值", "achievement", "rate", 4.4, "%", "exact", "2025", "macro", 4.4, "%"),
                target(TIANJIN, "全市地区生产总值增长4.8%", "全市地区生产总值", "achievement", "rate", 4.8, "%", "exact", "2025", "macro", 4.8, "%"),
                of(target(TIANJIN, "滨海新区地区生产总值增长6%", "地区生产总值", "target", "rate", 6, "%", "exact", "2026", "macro", 6.0, "%"), "滨海新区"),
                target(TIANJIN, "地区生产总值增长4.5%", "地区生产总值", "target", "rate", 4.5, "%", "exact", "2026", "macro", 4.5, "%")));
        report(jiangsu, "2026年江苏省政府工作报告", JIANGSU, "江苏省", "province", List.of(
                target(JIANGSU, "经济增长5%左右", "经济", "target", "rate", 5, "%", "approx", "2026", "macro", 5.0, "%")));
        report(binhai, "滨海新区政府工作报告", BINHAI, "天津市滨海新区", "district", List.of(
                target(BINHAI, "全区地区生产总值增长6.5%", "全区地区生产总值", "target", "rate", 6.5, "%", "exact", "2026", "macro", 6.5, "%")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String id : List.of(tianjin, jiangsu, binhai)) {
                // documents.extracted may overtake documents.ingested (two topics): wait for the region as well
                given().get("/documents/" + id).then().statusCode(200).body("status", equalTo("EXTRACTED"))
                        .body("region", notNullValue());
            }
        });
    }

    @Test
    void eachProvinceItsOwnHeadlineTargetHighestFirst() {
        JsonPath p = given().queryParam("year", 2026).queryParam("kind", "target").queryParam("measure", "rate")
                .queryParam("regionLevel", "province").get("/indicators/GDP/regions").then().statusCode(200)
                .body("key", equalTo("地区生产总值")).extract().jsonPath();
        assertEquals(List.of("江苏省", "天津市"), p.getList("items.region"));
        assertEquals(List.of(5.0, 4.5), p.getList("items.value", Double.class));
        assertEquals(List.of("approx", "exact"), p.getList("items.comparator"));
        assertEquals("地区生产总值增长4.5%", p.getString("items[1].quote"), "the province's own, not 滨海新区's");
        assertEquals(tianjin, p.getString("items[1].document"));
        assertEquals(2, p.getInt("total"));
        given().get("/targets/" + p.getLong("items[1].targetId")).then().statusCode(200)
                .body("region", equalTo("天津市")).body("regionLevel", equalTo("province"));
    }

    @Test
    void aDistrictIsItsOwnRegionAndAYearsResultIsNoAverage() {
        given().queryParam("year", 2026).queryParam("kind", "target").get("/indicators/地区生产总值/regions")
                .then().statusCode(200).body("items.region", equalTo(List.of("天津市滨海新区", "江苏省", "天津市")))
                .body("items[0].regionLevel", equalTo("district"));
        given().queryParam("year", 2025).queryParam("kind", "achievement").get("/indicators/经济增长/regions")
                .then().statusCode(200).body("items.region", equalTo(List.of("天津市")))
                .body("items[0].value", equalTo(4.8f)).body("items[0].quote", equalTo("全市地区生产总值增长4.8%"));
    }

    @Test
    void csvPagingAndProblems() {
        String csv = given().queryParam("year", 2026).queryParam("kind", "target").queryParam("format", "csv")
                .get("/indicators/地区生产总值/regions").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(4, lines.size(), csv);
        assertEquals("region,regionLevel,value,valueMax,unit,comparator,kind,measure,year,quote,document,documentTitle,"
                + "targetId,indicator", lines.get(0));
        given().queryParam("year", 2026).queryParam("kind", "target").queryParam("size", 1).queryParam("page", 1)
                .get("/indicators/地区生产总值/regions").then().statusCode(200).body("total", equalTo(3))
                .body("items.region", equalTo(List.of("江苏省"))).body("links.next", containsString("page=2"));
        given().queryParam("kind", "target").get("/indicators/地区生产总值/regions").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("year"));
        given().queryParam("year", 2026).get("/indicators/地区生产总值/regions").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("kind"));
        given().queryParam("year", 2026).queryParam("kind", "plan").get("/indicators/地区生产总值/regions")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("year", 2026).queryParam("kind", "target").queryParam("regionLevel", "county")
                .get("/indicators/地区生产总值/regions").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("year", "x").queryParam("kind", "target").get("/indicators/地区生产总值/regions")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void targetsAndDocumentsFilterByRegionUnderAnyOfItsNames() {
        given().queryParam("region", "津").queryParam("size", 200).get("/targets").then().statusCode(200)
                .body("total", equalTo(4)).body("items.region", everyItem(equalTo("天津市")));
        String csv = given().queryParam("region", "江苏").queryParam("format", "csv").get("/targets").then().statusCode(200)
                .extract().asString();
        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
        int column = header.indexOf("region");
        assertEquals("江苏省", csv.lines().skip(1).findFirst().orElseThrow().split(",", -1)[column]);
        given().queryParam("region", "天津").get("/documents").then().statusCode(200)
                .body("items.id", equalTo(List.of(tianjin))).body("items[0].regionLevel", equalTo("province"));
        given().queryParam("region", "火星").get("/targets").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("region"));
    }
}
