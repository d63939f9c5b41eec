package io.mubiao.ingest.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mubiao.contracts.EventJson;
import io.mubiao.contracts.EventTypes;
import io.mubiao.documents.DocumentFormat;
import io.mubiao.documents.testing.Fixtures;
import io.mubiao.ingest.domain.DocumentIds;
import io.mubiao.ingest.store.StoredDocument;
import io.mubiao.testing.EventSchemas;
import io.mubiao.testing.KafkaBrokerResource;
import io.mubiao.testing.PostgresResource;
import io.mubiao.testing.TestKafka;
import io.mubiao.testing.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Uploads in every accepted format and encoding, several at once, reprocessing, and the bad inputs; real broker and database. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"),
        restrictToAnnotatedClass = false)
class FormatUploadTest {
    static {
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().encoderConfig(
                io.restassured.config.EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    }

    private static String seed(String name) throws Exception {
        return Files.readString(Path.of("../seeds/" + name), StandardCharsets.UTF_8);
    }

    private static JsonNode ingestedEvent(String id) throws Exception {
        List<ConsumerRecord<String, String>> records = TopicProbe.readUntil(TestKafka.bootstrapServers(),
                "documents.ingested", r -> id.equals(r.key()), Duration.ofSeconds(30));
        String value = records.stream().filter(r -> id.equals(r.key())).reduce((a, b) -> b).orElseThrow().value();
        assertEquals(List.of(), EventSchemas.violations(EventTypes.DOCUMENT_INGESTED_V1, value));
        return EventJson.mapper().readTree(value);
    }

    /** Every documents.ingested value published for this id so far, in order. */
    private static List<String> published(String id) {
        return TopicProbe.readUntil(TestKafka.bootstrapServers(), "documents.ingested", r -> false, Duration.ofSeconds(4))
                .stream().filter(r -> id.equals(r.key())).map(ConsumerRecord::value).toList();
    }

    private static boolean stored(byte[] bytes) {
        String id = DocumentIds.idOf(DocumentIds.sha256(bytes));
        return QuarkusTransaction.requiringNew().call(() -> StoredDocument.findById(id)) != null;
    }

    @Test
    void gbkWorkReportCarriesMetadataSectionsAndItsSources() throws Exception {
        byte[] gbk = seed("003_c71f8966921ed387.txt").getBytes("GB18030");
        String id = given().contentType("text/plain").body(gbk).queryParam("fileName", "003.txt")
                .when().post("/documents")
                .then().statusCode(202).body("contentType", equalTo("text/plain; charset=GB18030"))
                .body("date", equalTo("2023-01-11")).body("genre", equalTo("政府工作报告")).body("title", equalTo("政府工作报告"))
                .body("region", equalTo("天津市")).body("regionLevel", equalTo("province"))
                .extract().path("id");
        JsonNode e = ingestedEvent(id);
        assertEquals("天津市", e.path("region").asText());
        assertEquals("province", e.path("regionLevel").asText());
        assertTrue(e.path("metadataSources").path("region").asText().startsWith("text:"));
        assertEquals("2023-01-11", e.path("date").asText());
        assertEquals("政府工作报告", e.path("genre").asText());
        assertEquals("天津市市长 张工", e.path("issuer").asText());
        assertTrue(e.path("metadataSources").path("date").asText().startsWith("text:"));
        assertTrue(e.path("sections").size() > 10);
        JsonNode first = e.path("sections").get(0);
        assertEquals("一、", first.path("label").asText());
        String text = e.path("text").asText();
        assertTrue(text.startsWith("一、" + first.path("heading").asText(), first.path("start").asInt()));
    }

    @Test
    void htmlPageLosesItsFurnitureAndRecordsIt() throws Exception {
        byte[] html = Fixtures.html(seed("002_cecafb9285237524.txt"), "市委召开新闻发布会");
        String id = given().contentType("text/html").body(html).when().post("/documents")
                .then().statusCode(202).body("genre", equalTo("新闻发布会")).body("date", equalTo("2023-06-02")).extract().path("id");
        JsonNode e = ingestedEvent(id);
        String text = e.path("text").asText();
        assertFalse(text.contains("版权所有"));
        assertFalse(text.contains("当前位置"));
        assertEquals("html-title", e.path("metadataSources").path("title").asText());
        assertEquals("url", e.path("metadataSources").path("date").asText());
        assertTrue(e.path("removed").size() >= 10);
        for (JsonNode r : e.path("removed")) {
            assertTrue(r.path("at").asInt() <= text.length());
        }
    }

    @Test
    void docxAndPdfGiveTheSameTextAsThePlainFile() throws Exception {
        String plain = seed("001_4964d99e3b1f1011.txt");
        String docxId = given().contentType(DocumentFormat.DOCX.mediaType()).body(Fixtures.docx(plain))
                .when().post("/documents").then().statusCode(202).body("genre", equalTo("政府工作报告")).extract().path("id");
        String expected = ingestedEvent(given().contentType("text/plain; charset=UTF-16").body(plain.getBytes(StandardCharsets.UTF_16))
                .when().post("/documents").then().statusCode(202).extract().<String>path("id")).path("text").asText();
        assertEquals(expected, ingestedEvent(docxId).path("text").asText());
        Optional<Path> font = Fixtures.cjkFont();
        Assumptions.assumeTrue(font.isPresent(), "no TrueType CJK font on this machine: the PDF upload is skipped");
        String pdfId = given().contentType("application/pdf").body(Fixtures.pdf(plain, font.get()))
                .when().post("/documents").then().statusCode(202).body("contentType", equalTo("application/pdf")).extract().path("id");
        assertEquals(expected, ingestedEvent(pdfId).path("text").asText());
    }

    @Test
    void theTablesOfAPageTravelWithTheirCellsAndAPlainTextCarriesNone() throws Exception {
        byte[] html = Files.readAllBytes(Path.of("../../shared/eval/tables/plan-table.html"));
        String id = given().contentType("text/html").body(html).when().post("/documents")
                .then().statusCode(202).extract().path("id");
        JsonNode e = ingestedEvent(id);
        String text = e.path("text").asText();
        JsonNode table = e.path("tables").get(0);
        assertTrue(table.path("caption").asText().contains("主要指标"), table.toString());
        assertEquals(table.path("caption").asText(),
                text.substring(table.path("captionStart").asInt(), table.path("captionEnd").asInt()));
        assertTrue(table.path("rows").size() > 5);
        for (JsonNode row : table.path("rows")) {
            for (JsonNode cell : row.path("cells")) {
                assertEquals(cell.path("text").asText(), text.substring(cell.path("start").asInt(), cell.path("end").asInt()));
            }
        }
        // 经济发展 spans three rows: it stands in each of them
        assertEquals("经济发展", table.path("rows").get(1).path("cells").get(0).path("text").asText());
        assertEquals("经济发展", table.path("rows").get(3).path("cells").get(0).path("text").asText());
        String plainId = given().contentType("text/plain").body("地区生产总值增长6%。".getBytes(StandardCharsets.UTF_8))
                .when().post("/documents").then().statusCode(202).extract().path("id");
        assertTrue(ingestedEvent(plainId).path("tables").isMissingNode());
    }

    @Test
    void multipartTakesSeveralFilesEachWithItsOwnResult() throws Exception {
        byte[] a = seed("000_f5015fad8e833547.txt").getBytes(StandardCharsets.UTF_8);
        byte[] b = Fixtures.docx(seed("004_0368f08b0a40a1f2.txt"));
        byte[] bad = "Only English here.".getBytes(StandardCharsets.UTF_8);
        given().multiPart("file", "000.txt", a, "text/plain")
                .multiPart("file", "004.docx", b, "application/octet-stream")
                .multiPart("file", "english.txt", bad, "text/plain")
                .multiPart("file", "x.json", "{}".getBytes(StandardCharsets.UTF_8), "application/json")
                .multiPart("source", "batch-test")
                .when().post("/documents")
                .then().statusCode(200).body("", hasSize(4))
                .body("[0].fileName", equalTo("000.txt")).body("[0].status", equalTo(202)).body("[0].genre", equalTo("行动方案"))
                .body("[1].status", equalTo(202)).body("[1].genre", equalTo("规划"))
                .body("[1].contentType", equalTo(DocumentFormat.DOCX.mediaType()))
                .body("[2].status", equalTo(422)).body("[2].problem.detail", containsString("no Chinese text"))
                .body("[3].status", equalTo(415)).body("[3].problem.status", equalTo(415));
        assertFalse(stored(bad));
        String id = DocumentIds.idOf(DocumentIds.sha256(b));
        assertEquals("004.docx", ingestedEvent(id).path("fileName").asText());
        assertEquals("batch-test", ingestedEvent(id).path("source").asText());
    }

    @Test
    void reprocessRepublishesTheSameEvent() throws Exception {
        byte[] body = ("2024年工作回顾\n" + seed("000_f5015fad8e833547.txt")).getBytes(StandardCharsets.UTF_8);
        String id = given().contentType("text/plain").body(body).queryParam("title", "十项行动").queryParam("issuer", "天津市委")
                .when().post("/documents").then().statusCode(202).extract().path("id");
        JsonNode first = ingestedEvent(id);
        int before = published(id).size(); // usually 1; the outbox relay may have raced the first publication
        given().when().post("/documents/" + id + "/reprocess")
                .then().statusCode(202).body("id", equalTo(id)).body("status", equalTo("REPROCESSING"));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(40)).until(() -> published(id).size() > before);
        for (String event : published(id)) {
            assertEquals(first, EventJson.mapper().readTree(event), "the republished event is the stored one");
        }
        assertEquals("upload", first.path("metadataSources").path("issuer").asText());
        given().when().post("/documents/nope/reprocess").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theRegionGivenAtUploadIsNormalizedOrRefused() throws Exception {
        byte[] body = ("滨海新区2026年工作安排\n" + seed("000_f5015fad8e833547.txt")).getBytes(StandardCharsets.UTF_8);
        given().contentType("text/plain").body(body).queryParam("region", "火星").when().post("/documents")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("region"));
        assertFalse(stored(body));
        String id = given().contentType("text/plain").body(body).queryParam("region", "天津滨海新区").when().post("/documents")
                .then().statusCode(202).body("region", equalTo("天津市滨海新区")).body("regionLevel", equalTo("district"))
                .extract().path("id");
        JsonNode e = ingestedEvent(id);
        assertEquals("天津市滨海新区", e.path("region").asText());
        assertEquals("upload", e.path("metadataSources").path("region").asText());
    }

    @Test
    void badInputsAreProblemsAndNothingIsStored() {
        byte[] english = "Annual report of the city government.".getBytes(StandardCharsets.UTF_8);
        given().contentType("text/plain").body(english).when().post("/documents")
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString("no Chinese text"));
        assertFalse(stored(english));
        byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.ISO_8859_1);
        given().contentType("application/pdf").body(corrupt).when().post("/documents")
                .then().statusCode(422).contentType("application/problem+json");
        assertFalse(stored(corrupt));
        byte[] gbkDeclaredUtf8 = "增长百分之五".getBytes(java.nio.charset.Charset.forName("GBK"));
        given().contentType("text/plain; charset=UTF-8").body(gbkDeclaredUtf8).when().post("/documents")
                .then().statusCode(422).contentType("application/problem+json");
        given().contentType("text/plain").queryParam("date", "yesterday").body("增长5%".getBytes(StandardCharsets.UTF_8))
                .when().post("/documents").then().statusCode(400).body("detail", containsString("'date'"));
        given().contentType("application/msword").body(new byte[] {1, 2, 3}).when().post("/documents")
                .then().statusCode(415).contentType("application/problem+json");
        Optional<Path> font = Fixtures.cjkFont();
        Assumptions.assumeTrue(font.isPresent(), "no TrueType CJK font on this machine: the encrypted PDF is skipped");
        byte[] encrypted = Fixtures.encryptedPdf("政府工作报告\n增长百分之五。", font.get());
        given().contentType("application/pdf").body(encrypted).when().post("/documents")
                .then().statusCode(422).body("detail", containsString("encrypted"));
        assertFalse(stored(encrypted));
    }
}
