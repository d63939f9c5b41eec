package io.mubiao.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/extract through the gateway: the rows bin/mubiao extract prints for the same file, nothing stored, and
 * what an upload refuses refused with the same status and problem title.
 */
class PreviewIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        RunningSuite.get();
    }

    @Test
    void aSeedFileGivesTheRowsOfBinMubiaoExtractAndNothingIsStored() throws Exception {
        // The seed with a line of its own: bytes no other test uploads, so "not stored" is checked on an id of its own.
        byte[] bytes = (Files.readString(RunningSuite.ROOT.resolve("seeds/002_cecafb9285237524.txt"))
                + "\n（预览" + System.nanoTime() + "）\n").getBytes(StandardCharsets.UTF_8);
        Path dir = Files.createDirectories(RunningSuite.ROOT.resolve("e2e-tests/target/preview"));
        Path file = dir.resolve("preview-seed-002.txt");
        Files.write(file, bytes);
        List<JsonNode> cli = binMubiaoExtract(file);
        assertTrue(cli.stream().anyMatch(r -> r.path("record").asText().equals("target")), "the CLI finds targets");

        int documentsBefore = given().get("/api/v1/documents").then().statusCode(200).extract().path("total");
        Response r = RunningSuite.withKey().contentType("text/plain").queryParam("fileName", file.getFileName().toString())
                .body(bytes).post("/api/v1/extract");
        assertEquals(200, r.statusCode(), r.asString());
        JsonNode answer = JSON.readTree(r.asString());
        List<JsonNode> rows = new ArrayList<>();
        answer.path("targets").forEach(rows::add);
        answer.path("entities").forEach(rows::add);
        assertEquals(cli, rows, "the preview's rows are bin/mubiao extract's");
        assertEquals(file.getFileName().toString(), answer.path("doc").asText());
        assertTrue(answer.path("charCount").asInt() > 1000, answer.path("charCount").toString());

        String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        Thread.sleep(2000); // were anything published, targets-service would have it by now
        given().get("/api/v1/documents/" + id).then().statusCode(404);
        int documentsAfter = given().get("/api/v1/documents").then().statusCode(200).extract().path("total");
        assertEquals(documentsBefore, documentsAfter, "a preview stores no document");
    }

    @Test
    void whatAnUploadRefusesThePreviewRefusesWithTheSameProblem() {
        byte[] garbage = new byte[4096];
        new Random(11).nextBytes(garbage);
        String text = "text/plain; charset=UTF-8";
        String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        List<String> differences = new ArrayList<>();
        record Case(String name, UnaryOperator<RequestSpecification> request) {
        }
        List<Case> cases = List.of(
                new Case("empty body", s -> s.contentType(text).body(new byte[0])),
                new Case("binary garbage as text", s -> s.contentType(text).body(garbage)),
                new Case("JSON", s -> s.contentType("application/json").body("{\"text\":\"增长5%\"}")),
                new Case("no content type", s -> s.body("增长5%".getBytes(StandardCharsets.UTF_8))),
                new Case("a broken DOCX", s -> s.contentType(docx).body("PK\u0003\u0004 no".getBytes(StandardCharsets.ISO_8859_1))),
                new Case("a title of 2 000 characters", s -> s.contentType(text).queryParam("title", "题".repeat(2000))
                        .body("2025年增长5%。".getBytes(StandardCharsets.UTF_8))),
                new Case("a path as file name", s -> s.contentType(text).queryParam("fileName", "../../etc/passwd")
                        .body("2025年增长5%。".getBytes(StandardCharsets.UTF_8))),
                new Case("no API key", s -> given().contentType(text).body("2025年增长5%。".getBytes(StandardCharsets.UTF_8))));
        for (Case c : cases) {
            Response upload = c.request().apply(RunningSuite.withKey()).post("/api/v1/documents");
            Response preview = c.request().apply(RunningSuite.withKey()).post("/api/v1/extract");
            assertTrue(upload.statusCode() >= 400 && upload.statusCode() < 500, c.name() + ": upload " + upload.statusCode());
            assertTrue(preview.contentType().startsWith("application/problem+json"), c.name() + ": " + preview.contentType());
            String up = upload.statusCode() + " " + upload.jsonPath().getString("title");
            String pre = preview.statusCode() + " " + preview.jsonPath().getString("title");
            if (!up.equals(pre)) {
                differences.add(c.name() + ": upload " + up + ", preview " + pre + " " + preview.asString());
            }
            assertFalse(preview.asString().contains("Exception"), c.name() + ": " + preview.asString());
        }
        assertEquals(List.of(), differences);
    }

    /** {@code bin/mubiao extract FILE}, one JSON object per line. */
    static List<JsonNode> binMubiaoExtract(Path file) throws Exception {
        Path out = file.resolveSibling(file.getFileName() + ".jsonl");
        Process p = new ProcessBuilder(RunningSuite.ROOT.resolve("bin/mubiao").toString(), "extract", file.toString())
                .directory(RunningSuite.ROOT.toFile()).redirectOutput(out.toFile())
                .redirectError(file.resolveSibling("bin-mubiao-extract.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "bin/mubiao extract did not finish");
        assertEquals(0, p.exitValue(), "bin/mubiao extract failed: see " + file.resolveSibling("bin-mubiao-extract.log"));
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }
}
