package io.mubiao.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One stack and one browser for every browser test class of the run: starting the four services and extracting
 * the seeds takes minutes, so the classes share them; they are closed when the test JVM exits.
 */
final class Pages {
    private static Stack stack;
    private static Browser browser;

    private Pages() {
    }

    static synchronized Stack stack() throws Exception {
        if (stack == null) {
            stack = Stack.start();
            Runtime.getRuntime().addShutdownHook(new Thread(Pages::close));
        }
        return stack;
    }

    static synchronized Browser browser() throws Exception {
        if (browser == null) {
            browser = new Browser(stack().url());
        }
        return browser;
    }

    private static synchronized void close() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
    }

    /** A query-string or hash value, spaces as %20. */
    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** An entity (GET /entities/{id}) linked to at least one target, as the API knows it; null when none is. */
    static JsonNode entityWithTargets() throws Exception {
        for (JsonNode e : stack().json("/api/v1/entities", Map.of("size", "50")).path("items")) {
            JsonNode full = stack().json("/api/v1/entities/" + e.path("id").asText(), Map.of());
            if (full.path("targets").size() > 0) {
                return full;
            }
        }
        return null;
    }
}
