package io.mubiao.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Posts documents to the gateway's {@code POST /api/v1/documents}, with X-API-Key when MUBIAO_API_KEY is set. */
public final class Uploader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String apiKey = Args.env("MUBIAO_API_KEY", null);

    /** An accepted upload: the document id and when its response arrived (epoch ms). */
    public record Accepted(String id, long sentAtMillis, long respondedAtMillis, int chars, int status) {
    }

    public Uploader(String gateway) {
        this.gateway = gateway.endsWith("/") ? gateway.substring(0, gateway.length() - 1) : gateway;
    }

    public Accepted upload(String fileName, String text) throws IOException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/documents?source=benchmark&fileName="
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        if (apiKey != null) {
            req.header("X-API-Key", apiKey);
        }
        long sent = System.currentTimeMillis();
        HttpResponse<String> resp = http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (int i = 0; resp.statusCode() == 429 && i < 20; i++) { // rate-limited: wait as told, like a polite client
            Thread.sleep(1000L * resp.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L));
            resp = http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        long responded = System.currentTimeMillis();
        if (resp.statusCode() != 202 && resp.statusCode() != 200) {
            throw new IOException("upload of " + fileName + " answered " + resp.statusCode() + ": " + resp.body());
        }
        JsonNode body = JSON.readTree(resp.body());
        return new Accepted(body.get("id").asText(), sent, responded, text.length(), resp.statusCode());
    }
}
