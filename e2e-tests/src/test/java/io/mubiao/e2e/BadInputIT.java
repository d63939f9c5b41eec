package io.mubiao.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad input through the gateway to the running services. A "refused" case must be answered 4xx with an
 * RFC 7807 body; a "harmless" case (hostile text in a free-text filter, which is a legitimate search) must
 * be answered below 500 and, when 2xx, match nothing. No answer may carry a stack trace or the API key.
 * The counts go to target/bad-input.txt (docs/reliability.md).
 */
class BadInputIT {
    static final String SQL = "' OR '1'='1' --";
    static final String SQL2 = "1; DROP TABLE targets; --";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final AtomicInteger TRIED = new AtomicInteger();
    static final AtomicInteger PASSED = new AtomicInteger();

    @BeforeAll
    static void startSuite() throws Exception {
        RunningSuite.get();
        // Rows for hostile searches to (not) match: an injection that matched everything would show.
        String id = RunningSuite.withKey().contentType("text/plain; charset=UTF-8")
                .body(utf8("天津市2025年工作目标：全市地区生产总值增长5%左右，粮食产量稳定在250万吨以上。"))
                .post("/api/v1/documents").then().extract().path("id");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90))
                .pollInterval(java.time.Duration.ofMillis(300)).until(() ->
                        "EXTRACTED".equals(given().get("/api/v1/documents/" + id).then().extract().path("status")));
        int total = given().get("/api/v1/targets").then().statusCode(200).extract().path("total");
        assertTrue(total > 0, "the store holds targets");
    }

    @AfterAll
    static void recordFigures() throws Exception {
        Path out = RunningSuite.ROOT.resolve("e2e-tests/target/bad-input.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "bad inputs tried: " + TRIED.get() + "\nanswered as promised: " + PASSED.get() + "\n");
    }

    static RequestSpecification key() {
        return RunningSuite.withKey();
    }

    static Response upload(RequestSpecification spec, String contentType, byte[] body) {
        return spec.contentType(contentType).body(body).post("/api/v1/documents");
    }

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** A real ZIP that is no Word document: what a .docx cut short or renamed looks like to the reader. */
    static byte[] truncatedDocx() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
                zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
                zip.write(utf8("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"));
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A multipart upload answers 200 with per-file results: the refused file's problem must be worded the same way. */
    static Response brokenDocxInMultipart() {
        Response r = key().multiPart("file", "broken.docx", "PK\u0003\u0004 x".getBytes(StandardCharsets.ISO_8859_1), DOCX)
                .post("/api/v1/documents");
        noLeak("broken DOCX in multipart", r.asString());
        assertEquals(422, (int) JsonPath.from(r.asString()).getInt("[0].status"), r.asString());
        return key().contentType(DOCX).body("PK\u0003\u0004 y".getBytes(StandardCharsets.ISO_8859_1)).post("/api/v1/documents");
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------- checks

    static DynamicTest refused(String name, Supplier<Response> call) {
        return DynamicTest.dynamicTest("refused: " + name, () -> {
            TRIED.incrementAndGet();
            Response r = call.get();
            String body = r.asString();
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, name + ": status " + r.statusCode() + " " + body);
            assertTrue(r.contentType().startsWith("application/problem+json"), name + ": content type " + r.contentType());
            JsonPath problem = JsonPath.from(body);
            assertEquals(r.statusCode(), problem.getInt("status"), name + ": problem status");
            assertFalse(problem.getString("title") == null || problem.getString("title").isBlank(), name + ": no title");
            noLeak(name, body);
            PASSED.incrementAndGet();
        });
    }

    static DynamicTest harmless(String name, Supplier<Response> call) {
        return DynamicTest.dynamicTest("harmless: " + name, () -> {
            TRIED.incrementAndGet();
            Response r = call.get();
            String body = r.asString();
            assertTrue(r.statusCode() < 500, name + ": status " + r.statusCode() + " " + body);
            if (r.statusCode() / 100 == 2) {
                assertEquals(0, JsonPath.from(body).getInt("total"), name + ": hostile text matched rows: " + body);
            } else {
                assertTrue(r.contentType().startsWith("application/problem+json"), name + ": " + r.contentType());
            }
            assertFalse(r.contentType().startsWith("text/html"), name + ": HTML answer");
            noLeak(name, body);
            PASSED.incrementAndGet();
        });
    }

    /** A Java class name (NotOfficeXmlFileException, JsonParseException) or a parser's raw message in an answer. */
    static final java.util.regex.Pattern INTERNALS = java.util.regex.Pattern.compile(
            "\\b[A-Z][A-Za-z0-9]*(Exception|Error)\\b|\\b(com|org|java|io)\\.[a-z]+\\.|at \\[Source|Unexpected character");

    static void noLeak(String name, String body) {
        assertFalse(body.contains("Exception"), name + ": exception in body: " + body);
        assertFalse(INTERNALS.matcher(body).find(), name + ": internals in body: " + body);
        assertFalse(body.contains("at io."), name + ": stack trace in body: " + body);
        assertFalse(body.contains("at java."), name + ": stack trace in body: " + body);
        assertFalse(body.contains(RunningSuite.API_KEY), name + ": key echoed");
    }

    // ---------------------------------------------------------------------------------------- cases

    @TestFactory
    Stream<DynamicTest> uploads() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        byte[] truncated = java.util.Arrays.copyOf(utf8("2025年全市生产总值增长"), utf8("2025年全市生产总值增长").length - 1);
        String text = "text/plain; charset=UTF-8";
        String boundary = "----mubiao-broken";
        byte[] brokenMultipart = utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n增长5%");
        return Stream.of(
                refused("empty body", () -> upload(key(), text, new byte[0])),
                refused("whitespace-only body", () -> upload(key(), text, utf8(" \n\t\u3000 \r\n"))),
                refused("binary garbage", () -> upload(key(), text, garbage)),
                refused("NUL bytes in text", () -> upload(key(), text, utf8("增长\u0000\u0000 5%"))),
                refused("truncated UTF-8", () -> upload(key(), text, truncated)),
                refused("latin-1 declared", () -> upload(key(), "text/plain; charset=ISO-8859-1", utf8("growth 5%"))),
                refused("unknown charset", () -> upload(key(), "text/plain; charset=klingon", utf8("增长5%"))),
                refused("oversized (20 MiB + 1)", () -> upload(key(), text, new byte[20 * 1024 * 1024 + 1])),
                refused("wrong content type (pdf)", () -> upload(key(), "application/pdf", new byte[] {'%', 'P', 'D', 'F'})),
                refused("JSON where text is expected", () -> upload(key(), "application/json", utf8("{\"text\":\"增长5%\"}"))),
                refused("malformed multipart", () -> upload(key(), "multipart/form-data; boundary=" + boundary, brokenMultipart)),
                refused("multipart without boundary", () -> upload(key(), "multipart/form-data", utf8("增长5%"))),
                refused("no content type", () -> key().body(utf8("增长5%")).post("/api/v1/documents")),
                refused("a broken DOCX", () -> upload(key(), DOCX, "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1))),
                refused("a truncated DOCX", () -> upload(key(), DOCX, truncatedDocx())),
                refused("a broken PDF", () -> upload(key(), "application/pdf", utf8("%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF"))),
                refused("a broken DOCX in a multipart upload", () -> brokenDocxInMultipart()),
                refused("title of 100 KB", () -> key().queryParam("title", "标题".repeat(50_000 / 3))
                        .contentType(text).body(utf8("2025年增长5%。")).post("/api/v1/documents")),
                refused("title of 100 KB ASCII", () -> key().queryParam("title", "t".repeat(100_000))
                        .contentType(text).body(utf8("2025年增长5%。")).post("/api/v1/documents")),
                refused("fileName of 5 000 characters", () -> key().queryParam("fileName", "a/".repeat(2_500))
                        .contentType(text).body(utf8("2025年增长6%。")).post("/api/v1/documents")),
                refused("missing API key", () -> upload(given(), text, utf8("2025年增长5%。"))),
                refused("wrong API key", () -> upload(given().header("X-API-Key", "not-" + RunningSuite.API_KEY), text,
                        utf8("2025年增长5%。"))),
                refused("blank API key", () -> upload(given().header("X-API-Key", "  "), text, utf8("2025年增长5%。"))),
                refused("wrong API key on a read", () -> given().header("X-API-Key", "guess").get("/api/v1/targets")),
                refused("POST to a read-only collection", () -> key().contentType(text).body(utf8("x")).post("/api/v1/targets")),
                refused("DELETE a document", () -> key().delete("/api/v1/documents/0000000000000000")),
                traversalInFileNameIsRefused());
    }

    /** A file name is metadata and must be a bare name: a path in it is refused, nothing is stored. */
    static DynamicTest traversalInFileNameIsRefused() {
        return DynamicTest.dynamicTest("refused: path traversal in fileName", () -> {
            TRIED.incrementAndGet();
            String name = "../../../../etc/passwd";
            Response r = key().queryParam("fileName", name).contentType("text/plain; charset=UTF-8")
                    .body(utf8("2025年粮食产量增长3%。（文件名测试" + System.nanoTime() + "）")).post("/api/v1/documents");
            String body = r.asString();
            assertEquals(400, r.statusCode(), body);
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            noLeak("fileName traversal", body);
            assertFalse(body.contains("root:x:0:0"), "the file name was opened");
            PASSED.incrementAndGet();
        });
    }

    @TestFactory
    Stream<DynamicTest> queries() {
        List<DynamicTest> tests = new ArrayList<>();
        // Closed-vocabulary and numeric filters: hostile values are refused.
        for (String param : List.of("kind", "measure", "comparator", "year", "yearFrom", "yearTo", "page", "size")) {
            for (String value : List.of(SQL, SCRIPT)) {
                tests.add(refused("targets " + param + "=" + value, () -> given().queryParam(param, value).get("/api/v1/targets")));
            }
        }
        // Free-text filters: a hostile value is a search that matches nothing. LIKE wildcards are searched
        // literally: "%%" and "__" occur in no stored text, but would match every row if not escaped.
        for (String param : List.of("indicator", "document", "q")) {
            for (String value : List.of(SQL, SQL2, SCRIPT, "%%", "__")) {
                tests.add(harmless("targets " + param + "=" + value, () -> given().queryParam(param, value).get("/api/v1/targets")));
            }
        }
        for (String param : List.of("page", "size")) {
            for (String value : List.of(SQL, SCRIPT)) {
                tests.add(refused("documents " + param + "=" + value, () -> given().queryParam(param, value).get("/api/v1/documents")));
            }
        }
        tests.add(refused("unknown kind (promise)", () -> given().queryParam("kind", "promise").get("/api/v1/targets")));
        tests.add(refused("unknown measure", () -> given().queryParam("measure", "volume").get("/api/v1/targets")));
        tests.add(refused("unknown comparator", () -> given().queryParam("comparator", "roughly").get("/api/v1/targets")));
        tests.add(refused("negative page", () -> given().queryParam("page", -1).get("/api/v1/targets")));
        tests.add(refused("negative size", () -> given().queryParam("size", -5).get("/api/v1/targets")));
        tests.add(refused("zero size", () -> given().queryParam("size", 0).get("/api/v1/documents")));
        tests.add(refused("huge size", () -> given().queryParam("size", 1_000_000).get("/api/v1/targets")));
        tests.add(refused("size beyond int", () -> given().queryParam("size", "99999999999999999999").get("/api/v1/documents")));
        tests.add(refused("page beyond any result", () -> given().queryParam("page", Integer.MAX_VALUE).get("/api/v1/targets")));
        tests.add(refused("year not a number", () -> given().queryParam("year", "二〇二五").get("/api/v1/targets")));
        tests.add(refused("query string of 100 KB", () -> given().queryParam("q", "x".repeat(100_000)).get("/api/v1/targets")));
        tests.add(refused("unknown document id", () -> given().get("/api/v1/documents/0000000000000000")));
        tests.add(refused("malformed document id", () -> given().get("/api/v1/documents/" + SQL.replace(" ", "%20"))));
        tests.add(refused("unknown target id", () -> given().get("/api/v1/targets/987654321")));
        tests.add(refused("non-numeric target id", () -> given().get("/api/v1/targets/abc")));
        tests.add(refused("negative target id", () -> given().get("/api/v1/targets/-1")));
        tests.add(refused("target id beyond long", () -> given().get("/api/v1/targets/99999999999999999999999")));
        tests.add(refused("path traversal in a document id", () -> given().urlEncodingEnabled(false)
                .get("/api/v1/documents/..%2F..%2F..%2Fetc%2Fpasswd")));
        tests.add(refused("unknown resource", () -> given().get("/api/v1/secrets")));
        return tests.stream();
    }
}
