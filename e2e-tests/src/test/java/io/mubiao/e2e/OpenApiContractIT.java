package io.mubiao.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The gateway's published document (/q/openapi) against what the gateway of the real stack answers: every public
 * operation is called with good and bad inputs, and each answer (status, media type, body) is validated with the
 * Atlassian OpenAPI validator; a good call's request is validated too. The counts go to
 * target/openapi-contract.txt (docs/api.md).
 */
class OpenApiContractIT {
    static final String TARGET_ID = "{a-target-of-the-document}";
    static OpenApiInteractionValidator validator;
    static String documentId;
    static String entityId;
    static String indicatorKey;
    static int calls;
    static int passed;

    @BeforeAll
    static void startAndSeed() throws Exception {
        RunningSuite.get();
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
        Path seed = RunningSuite.ROOT.resolve("seeds/002_cecafb9285237524.txt");
        documentId = RunningSuite.withKey().contentType("text/plain; charset=UTF-8").queryParam("issuer", "天津市人民政府")
                .queryParam("fileName", "contract.txt").body(Files.readAllBytes(seed)).post("/api/v1/documents")
                .then().extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().get("/api/v1/documents/" + documentId).then().statusCode(200).body("status", equalTo("EXTRACTED")));
        entityId = given().get("/api/v1/documents/" + documentId + "/entities").then().extract().path("[0].id");
        indicatorKey = given().get("/api/v1/indicators").then().extract().path("items[0].key");
    }

    @AfterAll
    static void recordFigures() throws Exception {
        Path out = RunningSuite.ROOT.resolve("e2e-tests/target/openapi-contract.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "calls validated against /q/openapi: " + calls + "\nanswered inside the document: " + passed + "\n");
    }

    // ----------------------------------------------------------------------------------------------- calls

    /** One call: how to make it, and the request as the validator sees it. */
    record Call(String name, String method, String path, Map<String, String> query, Map<String, String> headers,
                byte[] body, boolean good) {
        Call withHeader(String name, String value) {
            Map<String, String> h = new java.util.LinkedHashMap<>(headers);
            h.put(name, value);
            return new Call(this.name, method, path, query, h, body, good);
        }
    }

    static Call get(String name, String path, Map<String, String> query) {
        return new Call(name, "GET", path, query, Map.of(), null, true);
    }

    static Call bad(Call c) {
        return new Call(c.name, c.method, c.path, c.query, c.headers, c.body, false);
    }

    static Call post(String name, String path, String contentType, byte[] body, boolean withKey) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (withKey) {
            headers.put("X-API-Key", RunningSuite.API_KEY);
        }
        return new Call(name, "POST", path, Map.of(), headers, body, true);
    }

    static DynamicTest validated(Call c) {
        return DynamicTest.dynamicTest((c.good ? "good: " : "bad: ") + c.name, () -> {
            calls++;
            RequestSpecification spec = given().urlEncodingEnabled(true);
            c.headers.forEach(spec::header);
            c.query.forEach(spec::queryParam);
            if (c.body != null) {
                spec.body(c.body);
            }
            // a target's id changes when its document is extracted again (reprocess): looked up when called
            String path = !c.path.contains(TARGET_ID) ? c.path : c.path.replace(TARGET_ID, String.valueOf((Object)
                    given().queryParam("document", documentId).get("/api/v1/targets").then().extract().path("items[0].id")));
            Response r = spec.request(c.method, path);
            SimpleResponse.Builder response = SimpleResponse.Builder.status(r.statusCode()).withBody(r.asString());
            if (r.contentType() != null && !r.contentType().isEmpty()) {
                response.withContentType(r.contentType());
            }
            ValidationReport report;
            if (c.good) {
                SimpleRequest.Builder request = new SimpleRequest.Builder(c.method, path);
                c.query.forEach(request::withQueryParam);
                c.headers.forEach(request::withHeader);
                if (c.body != null) {
                    request.withBody(c.body);
                }
                report = validator.validate(request.build(), response.build());
                assertTrue(r.statusCode() < 400, c.name + ": a good call answered " + r.statusCode() + " " + r.asString());
            } else {
                report = validator.validateResponse(path, Request.Method.valueOf(c.method), response.build());
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, c.name + ": a bad call answered " + r.statusCode());
            }
            assertEquals(List.of(), messages(report), c.name + ": " + r.statusCode() + " " + r.contentType() + " "
                    + abbreviate(r.asString()));
            passed++;
        });
    }

    static List<String> messages(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }

    static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }

    // ----------------------------------------------------------------------------------------------- good calls

    @TestFactory
    Stream<DynamicTest> everyOperationWithGoodInput() {
        String doc = "/api/v1/documents/" + documentId;
        String boundary = "----mubiao-contract";
        byte[] multipart = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n2026年全市粮食产量稳定在250万吨以上。（契约" + System.nanoTime()
                + "）\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] fresh = ("2026年全市地区生产总值增长5%左右。（契约" + System.nanoTime() + "）").getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                post("upload (new)", "/api/v1/documents", "text/plain; charset=UTF-8", fresh, true),
                post("upload (the same bytes again)", "/api/v1/documents", "text/plain; charset=UTF-8", fresh, true),
                post("upload (multipart)", "/api/v1/documents", "multipart/form-data; boundary=" + boundary, multipart, true),
                post("reprocess", doc + "/reprocess", null, null, true),
                post("preview (extract without storing)", "/api/v1/extract", "text/plain; charset=UTF-8", fresh, true),
                get("documents", "/api/v1/documents", Map.of()),
                get("documents filtered and paged", "/api/v1/documents", Map.of("status", "EXTRACTED", "page", "0", "size", "5")),
                get("document", doc, Map.of()),
                get("document text", doc + "/text", Map.of()),
                get("document sections", doc + "/sections", Map.of()),
                get("document entities", doc + "/entities", Map.of()),
                get("targets", "/api/v1/targets", Map.of()),
                get("targets of a year by value", "/api/v1/targets", Map.of("year", "2025", "sort", "-value", "document", documentId)),
                get("targets as CSV (format)", "/api/v1/targets", Map.of("format", "csv")),
                get("targets as CSV (Accept)", "/api/v1/targets", Map.of()).withHeader("Accept", "text/csv"),
                get("target", "/api/v1/targets/" + TARGET_ID, Map.of()),
                get("indicators", "/api/v1/indicators", Map.of()),
                get("indicators by synonym", "/api/v1/indicators", Map.of("q", "GDP")),
                get("indicator series", "/api/v1/indicators/" + indicatorKey + "/series", Map.of()),
                get("entities", "/api/v1/entities", Map.of()),
                get("entities of a type", "/api/v1/entities", Map.of("type", "ORG", "document", documentId)),
                get("entity", "/api/v1/entities/" + entityId, Map.of()),
                get("themes", "/api/v1/themes", Map.of()),
                get("read with a valid key", "/api/v1/targets", Map.of("size", "1")).withHeader("X-API-Key", RunningSuite.API_KEY))
                .map(OpenApiContractIT::validated);
    }

    // ----------------------------------------------------------------------------------------------- bad calls

    @TestFactory
    Stream<DynamicTest> everyOperationWithBadInput() {
        String doc = "/api/v1/documents/" + documentId;
        String text = "text/plain; charset=UTF-8";
        byte[] garbage = new byte[2048];
        new Random(3).nextBytes(garbage);
        byte[] brokenDocx = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        String unknown = "/api/v1/documents/0000000000000000";
        Function<Call, Call> noKey = c -> new Call(c.name, c.method, c.path, c.query,
                c.headers.entrySet().stream().filter(e -> !e.getKey().equals("X-API-Key"))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), c.body, c.good);
        List<Call> calls = new ArrayList<>(List.of(
                post("empty body", "/api/v1/documents", text, new byte[0], true),
                post("binary garbage as text", "/api/v1/documents", text, garbage, true),
                post("JSON where a document is expected", "/api/v1/documents", "application/json", "{}".getBytes(), true),
                post("no content type", "/api/v1/documents", null, "增长5%".getBytes(StandardCharsets.UTF_8), true),
                post("a broken DOCX", "/api/v1/documents", docx, brokenDocx, true),
                post("multipart without boundary", "/api/v1/documents", "multipart/form-data", "x".getBytes(), true),
                noKey.apply(post("upload without key", "/api/v1/documents", text, "2025年增长5%。".getBytes(StandardCharsets.UTF_8), false)),
                post("upload with a wrong key", "/api/v1/documents", text, "2025年增长5%。".getBytes(StandardCharsets.UTF_8), false)
                        .withHeader("X-API-Key", "wrong"),
                noKey.apply(post("reprocess without key", doc + "/reprocess", null, null, false)),
                post("reprocess an unknown document", unknown + "/reprocess", null, null, true),
                post("preview of an empty body", "/api/v1/extract", text, new byte[0], true),
                post("preview of a broken DOCX", "/api/v1/extract", docx, brokenDocx, true),
                noKey.apply(post("preview without key", "/api/v1/extract", text, "2025年增长5%。".getBytes(StandardCharsets.UTF_8), false)),
                get("documents page=abc", "/api/v1/documents", Map.of("page", "abc")),
                get("documents size=0", "/api/v1/documents", Map.of("size", "0")),
                get("documents status=LOST", "/api/v1/documents", Map.of("status", "LOST")),
                get("documents dateFrom=yesterday", "/api/v1/documents", Map.of("dateFrom", "yesterday")),
                get("documents as CSV", "/api/v1/documents", Map.of()).withHeader("Accept", "text/csv"),
                get("unknown document", unknown, Map.of()),
                get("unknown document's text", unknown + "/text", Map.of()),
                get("unknown document's sections", unknown + "/sections", Map.of()),
                get("unknown document's entities", unknown + "/entities", Map.of()),
                get("targets year=abc", "/api/v1/targets", Map.of("year", "abc")),
                get("targets kind=promise", "/api/v1/targets", Map.of("kind", "promise")),
                get("targets as XML", "/api/v1/targets", Map.of()).withHeader("Accept", "application/xml"),
                get("targets query of 10 000 characters", "/api/v1/targets", Map.of("q", "x".repeat(10_000))),
                get("targets with a wrong key", "/api/v1/targets", Map.of()).withHeader("X-API-Key", "wrong"),
                get("unknown target", "/api/v1/targets/987654321", Map.of()),
                get("non-numeric target id", "/api/v1/targets/abc", Map.of()),
                get("indicators theme=weather", "/api/v1/indicators", Map.of("theme", "weather")),
                get("unknown indicator's series", "/api/v1/indicators/无此指标/series", Map.of()),
                get("entities type=ALIEN", "/api/v1/entities", Map.of("type", "ALIEN")),
                get("unknown entity", "/api/v1/entities/no-such-entity", Map.of()),
                get("themes as CSV", "/api/v1/themes", Map.of()).withHeader("Accept", "text/csv")));
        return calls.stream().map(OpenApiContractIT::bad).map(OpenApiContractIT::validated);
    }

    // ----------------------------------------------------------------------------------------------- the event stream

    /** The stream never ends: its status, media type and first event (caused by a reprocess) are validated. */
    @TestFactory
    Stream<DynamicTest> theEventStream() {
        return Stream.of(DynamicTest.dynamicTest("good: events", () -> {
            calls++;
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<java.io.InputStream> r = http.sendAsync(HttpRequest.newBuilder(
                            URI.create(RunningSuite.get().gatewayUrl() + "/api/v1/events")).header("Accept", "text/event-stream")
                    .build(), HttpResponse.BodyHandlers.ofInputStream()).get(30, java.util.concurrent.TimeUnit.SECONDS);
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                java.util.concurrent.CompletableFuture<String> event = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    StringBuilder b = new StringBuilder();
                    try {
                        for (String line; (line = in.readLine()) != null; ) {
                            b.append(line).append('\n');
                            if (line.isEmpty() && b.indexOf("data:") >= 0) {
                                return b.toString();
                            }
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return b.toString();
                });
                Thread.sleep(3000); // the stream reads from the latest offsets: let its consumer be assigned first
                RunningSuite.withKey().post("/api/v1/documents/" + documentId + "/reprocess").then().statusCode(202);
                String body = event.get(60, java.util.concurrent.TimeUnit.SECONDS);
                String type = r.headers().firstValue("Content-Type").orElse("");
                ValidationReport report = validator.validateResponse("/api/v1/events", Request.Method.GET,
                        SimpleResponse.Builder.status(r.statusCode()).withContentType(type).withBody(body).build());
                assertEquals(200, r.statusCode());
                assertEquals(List.of(), messages(report), "events: " + type + " " + body);
            }
            passed++;
        }));
    }

    /** The validator is no rubber stamp: a body off the document is reported. */
    @TestFactory
    Stream<DynamicTest> anAnswerOffTheDocumentIsReported() {
        return Stream.of(DynamicTest.dynamicTest("control: a wrong type, a missing problem field, an undeclared status", () -> {
            ValidationReport wrongType = validator.validateResponse("/api/v1/documents/x", Request.Method.GET,
                    SimpleResponse.Builder.ok().withContentType("application/json").withBody("{\"id\":\"x\",\"targetCount\":\"many\"}").build());
            ValidationReport array = validator.validateResponse("/api/v1/documents", Request.Method.GET,
                    SimpleResponse.Builder.ok().withContentType("application/json").withBody("[]").build());
            ValidationReport problem = validator.validateResponse("/api/v1/targets", Request.Method.GET,
                    SimpleResponse.Builder.status(400).withContentType("application/problem+json").withBody("{\"detail\":\"x\"}").build());
            ValidationReport status = validator.validateResponse("/api/v1/themes", Request.Method.GET,
                    SimpleResponse.Builder.status(418).withContentType("application/problem+json")
                            .withBody("{\"type\":\"about:blank\",\"title\":\"x\",\"status\":418}").build());
            assertTrue(!messages(wrongType).isEmpty() && !messages(array).isEmpty() && !messages(problem).isEmpty()
                    && !messages(status).isEmpty(), "the validator let through: " + messages(wrongType) + messages(array)
                    + messages(problem) + messages(status));
        }));
    }
}
