import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's client (a single-file program run by bin/mubiao demo): uploads files through the gateway,
 * waits until each is extracted or failed, and prints a table. Exit code 1 when any file failed.
 * Usage: java -cp <jackson> DemoClient.java <gateway-url> FILE...
 */
public class DemoClient {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = System.getenv("MUBIAO_API_KEY");
        Map<Path, String> ids = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            String name = file.getFileName().toString();
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base + "/api/v1/documents?fileName="
                            + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofFile(file));
            if (key != null && !key.isBlank()) {
                req.header("X-API-Key", key);
            }
            HttpResponse<String> r = HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                System.err.println(name + ": upload refused (" + r.statusCode() + "): " + r.body());
                continue;
            }
            ids.put(file, JSON.readTree(r.body()).path("id").asText());
            System.err.println("uploaded " + name + " → " + ids.get(file));
        }
        List<JsonNode> done = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 180_000;
        for (Map.Entry<Path, String> e : ids.entrySet()) {
            JsonNode doc = null;
            while (System.currentTimeMillis() < deadline) {
                HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(base + "/api/v1/documents/" + e.getValue())).GET();
                if (key != null && !key.isBlank()) {
                    get.header("X-API-Key", key); // needed when the gateway closes reads (mubiao.api.reads-require-key)
                }
                HttpResponse<String> r = HTTP.send(get.build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    doc = JSON.readTree(r.body());
                    String status = doc.path("status").asText();
                    if (status.equals("EXTRACTED") || status.equals("FAILED")) {
                        break;
                    }
                }
                Thread.sleep(300);
            }
            done.add(doc);
        }
        boolean failed = ids.size() != args.length - 1;
        System.out.printf("%n%-32s %-18s %-10s %8s %9s  %s%n", "document", "id", "status", "targets", "entities", "title");
        int i = 0;
        for (Map.Entry<Path, String> e : ids.entrySet()) {
            JsonNode d = done.get(i++);
            String status = d == null ? "TIMEOUT" : d.path("status").asText();
            failed |= !status.equals("EXTRACTED");
            String title = d == null ? "" : d.path("title").asText("");
            if (title.length() > 36) {
                title = title.substring(0, 36) + "…";
            }
            System.out.printf("%-32s %-18s %-10s %8s %9s  %s%n", e.getKey().getFileName(), e.getValue(), status,
                    d == null ? "-" : d.path("targetCount").asText(), d == null ? "-" : d.path("entityCount").asText(), title);
            if (d != null && status.equals("FAILED")) {
                System.out.println("    reason: " + d.path("failureReason").asText());
            }
        }
        System.out.println();
        System.out.println("Try: curl '" + base + "/api/v1/targets?indicator=" + URLEncoder.encode("地区生产总值", StandardCharsets.UTF_8) + "'");
        System.exit(failed ? 1 : 0);
    }
}
