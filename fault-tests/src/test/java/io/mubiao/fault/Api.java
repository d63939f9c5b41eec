package io.mubiao.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The public API as a client sees it (through the gateway, with the key). */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();

    record Upload(int status, String id) {
        boolean accepted() {
            return status / 100 == 2;
        }
    }

    private final String base;

    Api(String base) {
        this.base = base;
    }

    /** Status -1: no answer (connection refused or timed out). */
    Upload upload(String fileName, String text) {
        try {
            HttpResponse<String> r = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/documents?fileName="
                            + URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "text/plain; charset=UTF-8").header("X-API-Key", Stack.API_KEY)
                    .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String id = r.statusCode() / 100 == 2 ? JSON.readTree(r.body()).path("id").asText() : null;
            return new Upload(r.statusCode(), id);
        } catch (IOException e) {
            return new Upload(-1, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Upload(-1, null);
        }
    }

    /** The document as targets-service has it, or null (404 or no answer). */
    JsonNode document(String id) {
        return get("/api/v1/documents/" + id);
    }

    /** How many target rows the store holds for a document (-1: no answer). */
    int targetRows(String id) {
        JsonNode page = get("/api/v1/targets?size=1&document=" + id);
        return page == null ? -1 : page.path("total").asInt(-1);
    }

    JsonNode get(String path) {
        try {
            HttpResponse<String> r = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
