package io.mubiao.targets.api;

import static io.mubiao.targets.api.ReadSideTest.newId;
import static io.mubiao.targets.api.ReadSideTest.send;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import org.junit.jupiter.api.Test;

/**
 * A figure read from a plan's indicator table keeps its 属性 and its cell (caption, row, column header with offsets)
 * from documents.extracted to GET /targets, GET /targets/{id} and the CSV; a figure of the running text has neither.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "targets"),
        restrictToAnnotatedClass = false)
class TableFiguresTest {
    static final String CAPTION = "表1 主要指标";
    static final String HEADER = "指标 2020年 2025年 属性";
    static final String ROW = "每千名老年人拥有养老床位数（张） 38 42 约束性";
    static final String PROSE = "全市地区生产总值增长6%左右。";
    static final String TEXT = CAPTION + "\n" + HEADER + "\n" + ROW + "\n" + PROSE + "\n";

    @Test
    void attributeAndCellReachTheApi() throws Exception {
        String id = newId();
        int row = TEXT.indexOf(ROW);
        int cell = TEXT.indexOf(" 42 ") + 1;
        int column = TEXT.indexOf("2025年");
        DocumentExtracted.TableCell where = new DocumentExtracted.TableCell(CAPTION, 0, CAPTION.length(), ROW, row,
                row + ROW.length(), "2025年", column, column + 5);
        DocumentExtracted.ExtractedTarget beds = new DocumentExtracted.ExtractedTarget("每千名老年人拥有养老床位数", null,
                "target", "amount", 42, null, "张", "exact", "2025", 42.0, "张", "macro", "42", ROW, cell, cell + 2,
                List.of(), row, row + ROW.length(), "约束性", where);
        int prose = TEXT.indexOf(PROSE);
        DocumentExtracted.ExtractedTarget gdp = new DocumentExtracted.ExtractedTarget("全市地区生产总值", null, "target",
                "rate", 6, null, "%", "approx", "2021", 6.0, "%", "macro", "增长6%左右", PROSE, prose + 8, prose + 14,
                List.of(), prose, prose + PROSE.length());
        send(Topics.DOCUMENTS_INGESTED, EventTypes.DOCUMENT_INGESTED_V1, id, new DocumentIngested(id, "plan.html", "规划",
                null, "text/html", id + "0".repeat(48), 300, LocalDate.of(2021, 1, 20), "规划", TEXT, Instant.now()));
        send(Topics.DOCUMENTS_EXTRACTED, EventTypes.DOCUMENT_EXTRACTED_V1, id,
                new DocumentExtracted(id, "0.4.0", Instant.now(), List.of(beds, gdp), List.of()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("document", id).get("/targets").then().statusCode(200).body("total", equalTo(2)));
        JsonPath items = given().queryParam("document", id).get("/targets").jsonPath();
        assertEquals("约束性", items.getString("items.find { it.unit == '张' }.attribute"));
        assertEquals("2025年", items.getString("items.find { it.unit == '张' }.table.column"));
        assertEquals(column, items.getInt("items.find { it.unit == '张' }.table.columnStart"));
        assertEquals(CAPTION, items.getString("items.find { it.unit == '张' }.table.caption"));
        assertEquals(row, items.getInt("items.find { it.unit == '张' }.table.rowStart"));
        assertEquals(ROW, items.getString("items.find { it.unit == '张' }.table.row"));
        long tableId = items.getLong("items.find { it.unit == '张' }.id");
        given().get("/targets/" + tableId).then().statusCode(200).body("attribute", equalTo("约束性"))
                .body("table.rowEnd", equalTo(row + ROW.length())).body("table.captionEnd", equalTo(CAPTION.length()));
        assertFalse(items.getMap("items.find { it.unit == '%' }").containsKey("attribute"));
        assertFalse(items.getMap("items.find { it.unit == '%' }").containsKey("table"));
        String csv = given().accept("text/csv").queryParam("document", id).queryParam("lang", "zh").get("/targets").asString();
        assertEquals("属性", csv.lines().findFirst().orElseThrow().replaceAll(".*,", ""));
    }
}
