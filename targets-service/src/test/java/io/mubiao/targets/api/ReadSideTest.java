package io.mubiao.targets.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mubiao.contracts.CloudEventHeaders;
import io.mubiao.contracts.DocumentExtracted;
import io.mubiao.contracts.DocumentExtracted.ExtractedEntity;
import io.mubiao.contracts.DocumentExtracted.ExtractedTarget;
import io.mubiao.contracts.DocumentIngested;
import io.mubiao.contracts.EventJson;
import io.mubiao.contracts.EventTypes;
import io.mubiao.contracts.Topics;
import io.mubiao.targets.store.ReadModelWriter;
import io.mubiao.testing.CsvRecords;
import io.mubiao.testing.KafkaBrokerResource;
import io.mubiao.testing.PostgresResource;
import io.mubiao.testing.TestKafka;
import io.mubiao.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The read side on the real broker and database: two work reports (2023 and 2025) go through the topics, then every
 * query endpoint is read back.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "targets"),
        restrictToAnnotatedClass = false)
class ReadSideTest {
    static final String TEXT_2023 = "一、2022年工作回顾\n全市地区生产总值预计达到1.6万亿元左右。\n"
            + "二、2023年工作安排\n（一）目标\n全市地区生产总值增长4%左右，天开园加快建设。\n空气质量优良天数比例达到70%以上。\n";
    static final String TEXT_2025 = "一、2024工作回顾\n全市地区生产总值预计增长4.7%左右，天开高教科技园成效明显。\n"
            + "二、2025工作安排\nGDP增长5%左右。\n滨海新区经济总量增长6%。\n";

    static final String doc2023 = newId();
    static final String doc2025 = newId();
    static boolean seeded;

    @Inject
    ReadModelWriter writer;

    static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    static void send(String topic, String type, String id, Object payload) throws Exception {
        TopicProbe.send(TestKafka.bootstrapServers(), topic, id, EventJson.mapper().writeValueAsString(payload),
                CloudEventHeaders.forNewEvent(type, "/test", id));
    }

    /** A target whose quote and sentence are found in the text. */
    static ExtractedTarget target(String text, String quote, String indicator, String kind, String measure, double value,
                                  String unit, String comparator, String year, String theme, Double normalized, String base) {
        int start = text.indexOf(quote);
        int sentenceStart = text.lastIndexOf('\n', start) + 1;
        int sentenceEnd = text.indexOf('\n', start);
        assertTrue(start >= 0, quote);
        return new ExtractedTarget(indicator, null, kind, measure, value, null, unit, comparator, year, normalized, base,
                theme, quote, text.substring(sentenceStart, sentenceEnd), start, start + quote.length(),
                List.of("工作安排"), sentenceStart, sentenceEnd);
    }

    static ExtractedEntity entity(String text, String mention, String type, String canonical) {
        int start = text.indexOf(mention);
        return new ExtractedEntity(mention, type, canonical, start, start + mention.length());
    }

    static List<DocumentIngested.Section> sections(String text, String... headings) {
        List<DocumentIngested.Section> out = new ArrayList<>();
        for (String h : headings) {
            int level = h.startsWith("（") ? 2 : 1;
            String label = h.substring(0, h.indexOf(level == 2 ? '）' : '、') + 1);
            out.add(new DocumentIngested.Section(level, label, h.substring(label.length()), text.indexOf(h), text.length()));
        }
        return out;
    }

    /** Once per class, but after Quarkus has started (a @BeforeAll would run before the HTTP port is known). */
    @BeforeEach
    void twoReportsThroughTheTopics() throws Exception {
        if (seeded) {
            return;
        }
        seeded = true;
        send(Topics.DOCUMENTS_INGESTED, EventTypes.DOCUMENT_INGESTED_V1, doc2023, new DocumentIngested(doc2023, "2023.txt",
                "2023年天津市政府工作报告", "test", "text/plain", doc2023 + "0".repeat(48), 300, LocalDate.of(2023, 1, 11),
                "政府工作报告", TEXT_2023, Instant.now(), "天津市人民政府",
                sections(TEXT_2023, "一、2022年工作回顾", "二、2023年工作安排", "（一）目标"),
                List.of(new DocumentIngested.Removed(0, "首页 > 政务公开", "breadcrumb")), Map.of("title", "text:0-10")));
        send(Topics.DOCUMENTS_EXTRACTED, EventTypes.DOCUMENT_EXTRACTED_V1, doc2023, new DocumentExtracted(doc2023, "0.3.0",
                Instant.now(), List.of(
                target(TEXT_2023, "全市地区生产总值预计达到1.6万亿元左右", "地区生产总值", "achievement", "amount", 1.6, "万亿元", "approx", "2022", "macro", 1.6e12, "元"),
                target(TEXT_2023, "全市地区生产总值增长4%左右", "地区生产总值", "target", "rate", 4, "%", "approx", "2023", "macro", 4.0, "%"),
                target(TEXT_2023, "空气质量优良天数比例达到70%以上", "空气质量优良天数比例", "target", "share", 70, "%", "at_least", "2023", "green", 70.0, "%")),
                List.of(entity(TEXT_2023, "天开园", "FACILITY", "天开高教科创园"))));
        send(Topics.DOCUMENTS_INGESTED, EventTypes.DOCUMENT_INGESTED_V1, doc2025, new DocumentIngested(doc2025, "2025.txt",
                "2025年天津市政府工作报告", "test", "text/plain", doc2025 + "0".repeat(48), 300, LocalDate.of(2025, 1, 14),
                "政府工作报告", TEXT_2025, Instant.now()));
        send(Topics.DOCUMENTS_EXTRACTED, EventTypes.DOCUMENT_EXTRACTED_V1, doc2025, new DocumentExtracted(doc2025, "0.3.0",
                Instant.now(), List.of(
                target(TEXT_2025, "全市地区生产总值预计增长4.7%左右", "全市地区生产总值", "achievement", "rate", 4.7, "%", "approx", "2024", "macro", 4.7, "%"),
                target(TEXT_2025, "GDP增长5%左右", "GDP", "target", "rate", 5, "%", "approx", "2025", "macro", 5.0, "%"),
                target(TEXT_2025, "滨海新区经济总量增长6%", "滨海新区经济总量", "target", "rate", 6, "%", "exact", "2025", "new_area", 6.0, "%")),
                List.of(entity(TEXT_2025, "天开高教科技园", "FACILITY", "天开高教科创园"),
                        entity(TEXT_2025, "滨海新区", "LOCATION", "滨海新区"))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/documents/" + doc2023).then().statusCode(200).body("targetCount", equalTo(3)).body("issuer", equalTo("天津市人民政府"));
            given().get("/documents/" + doc2025).then().statusCode(200).body("targetCount", equalTo(3)).body("title", equalTo("2025年天津市政府工作报告"));
        });
    }

    /** Each field once, under its own name: Quarkus's generated serializers also wrote issuer() as "suer" (an is-getter). */
    @Test
    void aDocumentIsServedWithItsFieldsOnceAndNoStrayCopy() {
        String json = given().get("/documents/" + doc2023).then().statusCode(200).extract().asString();
        assertTrue(json.contains("\"issuer\":\"天津市人民政府\""), json);
        assertFalse(json.contains("\"suer\""), json);
        String page = given().get("/documents").then().statusCode(200).extract().asString();
        assertFalse(page.contains("\"suer\""), page);
    }

    @Test
    void indicatorFilterMatchesTextOrKeyAndSortWorks() {
        // "GDP" is not in the text 全市地区生产总值, but its key is 地区生产总值.
        JsonPath gdp = given().queryParam("indicator", "GDP").queryParam("sort", "year")
                .queryParam("document", doc2025).get("/targets").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("2024", "2025"), gdp.getList("items.year"));
        assertEquals(List.of("地区生产总值", "地区生产总值"), gdp.getList("items.indicatorKey"));
        given().queryParam("indicator", "地区生产总值").queryParam("sort", "-year").queryParam("kind", "target")
                .get("/targets").then().statusCode(200).body("items.document", hasItem(doc2023));
        JsonPath byValue = given().queryParam("document", doc2025).queryParam("sort", "-value").get("/targets").then()
                .extract().jsonPath();
        assertEquals(List.of(6.0f, 5.0f, 4.7f), byValue.getList("items.value"));
        given().queryParam("theme", "green").queryParam("document", doc2023).get("/targets").then()
                .body("total", equalTo(1)).body("items[0].indicatorKey", equalTo("优良天数比率"));
    }

    @Test
    void sameEntityAcrossDocumentsHasOneIdWithItsAliases() {
        JsonPath list = given().queryParam("q", "天开").queryParam("type", "facility").get("/entities").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(1, list.getInt("total"));
        String id = list.getString("items[0].id");
        assertEquals("天开高教科创园", list.getString("items[0].canonical"));
        assertEquals(2, list.getInt("items[0].documentCount"));
        assertTrue(list.getList("items[0].aliases").containsAll(List.of("天开园", "天开高教科技园", "天开高教科创园")));
        given().get("/entities/" + id).then().statusCode(200).body("documents", hasSize(2))
                .body("targets.quote", hasItem("全市地区生产总值增长4%左右"))
                .body("targets.quote", hasItem("全市地区生产总值预计增长4.7%左右"));
        // entity = id or any alias: the targets of the sentences that mention it.
        given().queryParam("entity", "天开园").queryParam("sort", "year").get("/targets").then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].year", equalTo("2023"));
        given().queryParam("entity", id).get("/targets").then().body("total", equalTo(2));
        given().queryParam("entity", "没有这个实体").get("/targets").then().statusCode(200).body("total", equalTo(0));
        given().get("/documents/" + doc2025 + "/entities").then().statusCode(200)
                .body("text", equalTo(List.of("天开高教科技园", "滨海新区"))).body("[0].id", equalTo(id));
        long targetId = given().queryParam("document", doc2025).queryParam("indicator", "滨海新区经济总量").get("/targets")
                .then().extract().jsonPath().getLong("items[0].id");
        given().get("/targets/" + targetId).then().statusCode(200).body("documentInfo.title", equalTo("2025年天津市政府工作报告"))
                .body("documentInfo.date", equalTo("2025-01-14")).body("entities.canonical", equalTo(List.of("滨海新区")))
                .body("sentenceStart", equalTo(TEXT_2025.indexOf("滨海新区经济总量")));
        given().get("/entities/ffffffffffffffff").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void gdpSeriesShowsTargetsAndAchievementsAcrossReportsWithStatus() {
        JsonPath s = given().get("/indicators/{key}/series", "GDP").then().statusCode(200).extract().jsonPath();
        assertEquals("地区生产总值", s.getString("key"));
        List<Map<String, Object>> growth = s.getList("series.find { it.measure == 'rate' }.points");
        List<Map<String, Object>> ours = growth.stream()
                .filter(p -> p.get("document").equals(doc2023) || p.get("document").equals(doc2025)).toList();
        assertEquals(List.of("2023", "2024", "2025"), ours.stream().map(p -> p.get("year")).toList());
        assertEquals(List.of("target", "achievement", "target"), ours.stream().map(p -> p.get("kind")).toList());
        assertEquals("2023年天津市政府工作报告", ours.get(0).get("documentTitle"));
        assertEquals("pending", ours.get(2).get("status"));
        given().queryParam("q", "GDP").get("/indicators").then().statusCode(200)
                .body("items[0].key", equalTo("地区生产总值")).body("items[0].aliases", hasItem("全市地区生产总值"))
                .body("items[0].years", hasItem("2024"));
        given().queryParam("theme", "green").get("/indicators").then().body("items.key", hasItem("优良天数比率"))
                .body("items.key", org.hamcrest.Matchers.not(hasItem("地区生产总值")));
        given().get("/indicators/{key}/series", "没有这个指标").then().statusCode(404);
    }

    @Test
    void themesCountTargetsAndAchievementsByYearAndDocument() {
        JsonPath t = given().get("/themes").then().statusCode(200).extract().jsonPath();
        assertEquals(12, t.getList("items").size());
        Map<String, Object> macro = t.getMap("items.find { it.code == 'macro' }");
        assertTrue(((Number) macro.get("targetCount")).intValue() >= 2);
        Map<String, Object> mine = t.getMap("items.find { it.code == 'macro' }.byDocument.find { it.document == '" + doc2023 + "' }");
        assertEquals(1, mine.get("targets"));
        assertEquals(1, mine.get("achievements"));
        assertTrue(t.getList("items.find { it.code == 'macro' }.byYear.year").contains("2022"));
        given().queryParam("theme", "sports").get("/targets").then().statusCode(400).body("detail", containsString("green"));
    }

    @Test
    void csvHoldsTheSameRowsAsJson() throws Exception {
        // Jackson, not JsonPath: numbers must be compared as the doubles the JSON holds.
        JsonNode json = EventJson.mapper().readTree(given().queryParam("document", doc2023).get("/targets").asString());
        String csv = given().accept("text/csv").queryParam("document", doc2023).get("/targets").then().statusCode(200)
                .contentType(containsString("text/csv")).header("X-Total-Count", "3").extract().asString();
        assertTrue(csv.startsWith("\uFEFF"), "a UTF-8 byte order mark for Excel and WPS");
        List<List<String>> rows = CsvRecords.parse(csv.substring(1));
        assertEquals(TargetView.CSV_COLUMNS, rows.get(0));
        assertEquals(json.path("items").size(), rows.size() - 1);
        assertEquals(3, json.path("items").size());
        for (int i = 1; i < rows.size(); i++) {
            JsonNode item = json.path("items").get(i - 1);
            for (int c = 0; c < TargetView.CSV_COLUMNS.size(); c++) {
                String column = TargetView.CSV_COLUMNS.get(c);
                JsonNode v = item.path(column);
                String expected;
                if (v.isMissingNode() || v.isNull()) {
                    expected = "";
                } else if (v.isArray()) {
                    List<String> parts = new ArrayList<>();
                    v.forEach(x -> parts.add(x.asText()));
                    expected = String.join(" › ", parts);
                } else {
                    expected = v.asText();
                }
                assertEquals(expected, rows.get(i).get(c), column + " of row " + i);
            }
        }
        assertEquals(csv, given().queryParam("format", "csv").queryParam("document", doc2023).get("/targets").asString());
        given().queryParam("format", "xml").get("/targets").then().statusCode(400).body("detail", containsString("csv"));
    }

    @Test
    void csvHoldsEveryMatchingRowUnlessAPageIsAskedWithChineseHeadersOnRequest() {
        var all = given().queryParam("format", "csv").queryParam("lang", "zh").get("/targets").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment; filename=")).extract();
        long total = Long.parseLong(all.header("X-Total-Count"));
        assertTrue(total > 1, "the test needs more than one target: " + total);
        List<List<String>> rows = CsvRecords.parse(all.asString().substring(1));
        assertEquals(total + 1, rows.size(), "a header and every matching row, not one page");
        assertEquals("指标", rows.get(0).get(TargetView.CSV_COLUMNS.indexOf("indicator")));
        assertEquals("年份", rows.get(0).get(TargetView.CSV_COLUMNS.indexOf("year")));
        List<List<String>> one = CsvRecords.parse(given().queryParam("format", "csv").queryParam("size", "1").get("/targets")
                .asString().substring(1));
        assertEquals(2, one.size(), "size still gives one page");
        assertEquals(TargetView.CSV_COLUMNS, one.get(0));
        given().queryParam("format", "csv").queryParam("lang", "fr").get("/targets").then().statusCode(400)
                .body("detail", containsString("zh"));
    }

    @Test
    void documentsFilterServeTextAndSectionTree() {
        given().queryParam("genre", "政府工作报告").queryParam("dateFrom", "2023-01-01").queryParam("dateTo", "2023-12-31")
                .queryParam("q", "2023年天津").get("/documents").then().statusCode(200).body("items.id", hasItem(doc2023))
                .body("items.id", org.hamcrest.Matchers.not(hasItem(doc2025)));
        given().queryParam("status", "failed").queryParam("q", "2023年天津").get("/documents").then().body("total", equalTo(0));
        given().get("/documents/" + doc2023).then().body("metadataSources.title", equalTo("text:0-10"));
        String text = given().get("/documents/" + doc2023 + "/text").then().statusCode(200)
                .contentType(containsString("text/plain")).contentType(containsString("UTF-8")).extract().asString();
        assertEquals(TEXT_2023, text);
        given().get("/documents/" + doc2023 + "/sections").then().statusCode(200).body("$", hasSize(2))
                .body("[1].heading", equalTo("2023年工作安排")).body("[1].children[0].label", equalTo("（一）"))
                .body("[1].children[0].heading", equalTo("目标"));
        given().queryParam("dateFrom", "2023-13-01").get("/documents").then().statusCode(400).body("detail", containsString("dateFrom"));
        given().queryParam("status", "DONE").get("/documents").then().statusCode(400).body("detail", containsString("EXTRACTED"));
        given().get("/documents/nope/text").then().statusCode(404);
    }

    @Test
    void validationProblemsNameTheParameter() {
        given().queryParam("sort", "colour").get("/targets").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("-year"));
        given().queryParam("measure", "volume").get("/targets").then().statusCode(400).body("detail", containsString("share"));
        given().queryParam("comparator", "more").get("/targets").then().statusCode(400).body("detail", containsString("at_least"));
        given().queryParam("year", "1900").get("/targets").then().statusCode(400).body("detail", containsString("1949"));
        given().queryParam("size", "201").get("/targets").then().statusCode(400).body("detail", containsString("200"));
        given().queryParam("page", "-1").get("/targets").then().statusCode(400).body("detail", containsString("page"));
        given().queryParam("type", "THING").get("/entities").then().statusCode(400).body("detail", containsString("FACILITY"));
        given().queryParam("theme", "nope").get("/indicators").then().statusCode(400);
    }

    @Test
    void anOlderExtractorNeverReplacesANewerResult() {
        String id = newId();
        ExtractedTarget one = target(TEXT_2025, "GDP增长5%左右", "GDP", "target", "rate", 5, "%", "approx", "2025", "macro", 5.0, "%");
        ExtractedTarget two = target(TEXT_2025, "滨海新区经济总量增长6%", "滨海新区经济总量", "target", "rate", 6, "%", "exact", "2025", null, 6.0, "%");
        writer.applyExtracted(new DocumentExtracted(id, "0.10.0", Instant.now(), List.of(one, two), List.of()));
        writer.applyExtracted(new DocumentExtracted(id, "0.9.5", Instant.now(), List.of(one), List.of()));
        given().get("/documents/" + id).then().body("extractorVersion", equalTo("0.10.0")).body("targetCount", equalTo(2));
        given().queryParam("document", id).get("/targets").then().body("total", equalTo(2))
                .body("items[0].extractorVersion", equalTo("0.10.0"));
        writer.applyExtracted(new DocumentExtracted(id, "0.10.0", Instant.now(), List.of(two), List.of()));
        given().get("/documents/" + id).then().body("targetCount", equalTo(1));
        writer.applyExtracted(new DocumentExtracted(id, "0.11.0-rc1", Instant.now(), List.of(one, two), List.of()));
        given().get("/documents/" + id).then().body("extractorVersion", equalTo("0.11.0-rc1")).body("targetCount", equalTo(2));
    }
}
