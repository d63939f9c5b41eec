package io.mubiao.gateway.api;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A downstream service for the relay tests that describes the request it received: method, raw path and query,
 * Accept and X-Forwarded-Prefix, as JSON, or as CSV when asked for text/csv. A path with a /missing segment answers a 404
 * problem. Both rest clients of the gateway point at it.
 */
public class EchoServiceResource implements QuarkusTestResourceLifecycleManager {
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String accept = exchange.getRequestHeaders().getFirst("Accept");
            String prefix = exchange.getRequestHeaders().getFirst("X-Forwarded-Prefix");
            int status = path.contains("/missing") ? 404 : exchange.getRequestMethod().equals("POST") ? 202 : 200;
            String type;
            String body;
            if (status == 404) {
                type = "application/problem+json";
                body = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"no such thing\"}";
            } else if (accept != null && accept.startsWith("text/csv")) {
                type = "text/csv; charset=UTF-8";
                body = "path,query\r\n" + path + "," + (query == null ? "" : query) + "\r\n";
            } else {
                type = "application/json";
                body = "{\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\"" + path + "\",\"query\":"
                        + (query == null ? "null" : "\"" + query + "\"") + ",\"prefix\":"
                        + (prefix == null ? "null" : "\"" + prefix + "\"") + "}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.getResponseHeaders().add("X-Total-Count", "7");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.targets.url", url, "quarkus.rest-client.ingest.url", url,
                "quarkus.rest-client.extract.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
