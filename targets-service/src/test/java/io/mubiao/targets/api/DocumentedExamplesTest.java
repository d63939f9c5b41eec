package io.mubiao.targets.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.testing.KafkaBrokerResource;
import io.mubiao.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every GET curl example of docs/api.md that targets-service answers runs here (the path without /api/v1, the same
 * query parameters and Accept header): none may be refused as a bad request or fail, and an example followed by
 * its answer ("# {…}" on the next line) must get exactly that answer. Document and target ids of the examples come
 * from the seeds, so 404 is accepted for them; the gateway's relay of the same paths is tested in the gateway.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "targets"),
        restrictToAnnotatedClass = false)
class DocumentedExamplesTest {
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    static final Pattern TOKEN = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)");

    /** @param expected the answer the document shows on the next line ("# {…}"), or null */
    record Example(String line, String url, List<String[]> params, String accept, String expected) {
    }

    static List<Example> examples() throws Exception {
        List<Example> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "api.md"), StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            String next = n + 1 < lines.size() ? lines.get(n + 1) : "";
            if (!line.startsWith("curl ") || line.contains("-X POST") || line.contains("/events")) {
                continue;
            }
            List<String> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(line);
            while (m.find()) {
                String t = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (m.group(3) != null && (t.equals("|") || t.startsWith("#"))) {
                    break;
                }
                tokens.add(t);
            }
            String url = null;
            String accept = null;
            List<String[]> params = new ArrayList<>();
            for (int i = 1; i < tokens.size(); i++) {
                String t = tokens.get(i);
                switch (t) {
                    case "-d", "--data-urlencode" -> {
                        String[] kv = tokens.get(++i).split("=", 2);
                        params.add(kv);
                    }
                    case "-H" -> {
                        String h = tokens.get(++i);
                        if (h.toLowerCase().startsWith("accept:")) {
                            accept = h.substring("accept:".length()).strip();
                        }
                    }
                    case "-o" -> i++;
                    default -> {
                        if (t.startsWith("http")) {
                            url = t;
                        }
                    }
                }
            }
            if (url != null && url.contains("/api/v1/")) {
                out.add(new Example(line, url, params, accept, next.startsWith("# {") ? next.substring(2) : null));
            }
        }
        return out;
    }

    @Test
    void everyDocumentedQueryIsAccepted() throws Exception {
        List<Example> examples = examples();
        assertTrue(examples.size() >= 20, "found only " + examples.size() + " curl examples");
        List<String> problems = new ArrayList<>();
        for (Example e : examples) {
            URI uri = URI.create(e.url());
            String path = uri.getRawPath().substring("/api/v1".length());
            RequestSpecification request = given().urlEncodingEnabled(false);
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    String[] kv = pair.split("=", 2);
                    request = request.queryParam(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
                }
            }
            for (String[] kv : e.params()) {
                request = request.queryParam(kv[0], kv.length > 1 ? kv[1] : "");
            }
            if (e.accept() != null) {
                request = request.accept(e.accept());
            }
            var response = request.urlEncodingEnabled(true).get(URLDecoder.decode(path, StandardCharsets.UTF_8).replace("{", "%7B"));
            int status = response.statusCode();
            if (e.expected() != null) {
                // The document shows the answer: it must be the answer.
                if (!JSON.readTree(e.expected()).equals(JSON.readTree(response.asString()))) {
                    problems.add("answer " + response.asString() + " for " + e.line() + ", the document shows " + e.expected());
                }
            } else if (status != 200 && status != 404) {
                problems.add(status + " for " + e.line());
            }
        }
        assertEquals(List.of(), problems);
    }
}
