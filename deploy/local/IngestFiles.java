import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
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
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * bin/mubiao ingest PATH...: uploads files and folders (recursively) to a running suite through the gateway, follows
 * each document's status until it is extracted or failed, with a progress line (sent, extracted, failed), then prints
 * a summary per file. Exit code 0 when every file was extracted, 1 when any failed (reason printed), 2 on bad usage.
 * Environment: MUBIAO_URL (default http://127.0.0.1:8080), MUBIAO_API_KEY (sent as X-API-Key when set),
 * MUBIAO_INGEST_TIMEOUT (seconds to wait for extraction, default 600). The progress line is redrawn in place
 * (carriage return) only on a terminal (-Dmubiao.progress=tty, set by bin/mubiao when stderr is one); into a pipe or
 * a log it is written as plain lines, one each time the counts change.
 * Run with the command-line classpath (Jackson): java -cp "$(cli classpath)" IngestFiles.java PATH...
 */
public class IngestFiles {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** What a folder contributes; a file named on the command line is sent whatever its name. */
    static final List<String> EXTENSIONS = List.of(".txt", ".text", ".html", ".htm", ".pdf", ".docx");
    static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    static final PrintStream ERR = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    static final boolean TERMINAL = "tty".equals(System.getProperty("mubiao.progress"));
    static String lastProgress = "";

    static final class Item {
        final Path file;
        String id;
        String status = "PENDING";
        String reason;
        JsonNode doc;

        Item(Path file) {
            this.file = file;
        }

        boolean done() {
            return status.equals("EXTRACTED") || status.equals("FAILED") || status.equals("REFUSED");
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            ERR.println("usage: mubiao ingest PATH...   (files, or folders sent recursively: " + String.join(" ", EXTENSIONS) + ")");
            System.exit(2);
        }
        String base = env("MUBIAO_URL", "http://127.0.0.1:8080").replaceAll("/+$", "");
        String key = System.getenv("MUBIAO_API_KEY");
        long timeoutMs = Long.parseLong(env("MUBIAO_INGEST_TIMEOUT", "600")) * 1000;
        List<Item> items = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(IngestFiles::wanted).sorted().forEach(f -> items.add(new Item(f)));
                }
            } else if (Files.isRegularFile(p)) {
                items.add(new Item(p));
            } else {
                ERR.println("mubiao ingest: " + a + ": no such file or folder");
                System.exit(2);
            }
        }
        if (items.isEmpty()) {
            ERR.println("mubiao ingest: no documents found (" + String.join(" ", EXTENSIONS) + ")");
            System.exit(2);
        }
        int sent = 0;
        for (Item it : items) {
            upload(base, key, it);
            sent++;
            progress(items, sent);
        }
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (items.stream().anyMatch(i -> !i.done()) && System.currentTimeMillis() < deadline) {
            for (Item it : items) {
                if (!it.done()) {
                    poll(base, key, it);
                }
            }
            progress(items, sent);
            Thread.sleep(500);
        }
        for (Item it : items) {
            if (!it.done()) {
                it.status = "TIMEOUT";
                it.reason = "not extracted within " + timeoutMs / 1000 + " s (MUBIAO_INGEST_TIMEOUT); last status " + it.status;
            }
        }
        if (TERMINAL) {
            ERR.println();
        }
        summary(items);
        System.exit(items.stream().allMatch(i -> i.status.equals("EXTRACTED")) ? 0 : 1);
    }

    static boolean wanted(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    static String contentType(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return "text/html";
        }
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (n.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return "text/plain"; // no charset: ingest-service detects UTF-8, GB18030/GBK, Big5, UTF-16
        }
        return "application/octet-stream";
    }

    static void upload(String base, String key, Item it) {
        String name = it.file.getFileName().toString();
        try {
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base + "/api/v1/documents?fileName="
                            + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(120))
                    .header("Content-Type", contentType(it.file))
                    .POST(HttpRequest.BodyPublishers.ofFile(it.file));
            withKey(req, key);
            HttpResponse<String> r = HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 || r.statusCode() == 202) {
                it.id = JSON.readTree(r.body()).path("id").asText();
                it.status = "SENT";
            } else {
                it.status = "REFUSED";
                it.reason = r.statusCode() + " " + detail(r.body()) + hint(r.statusCode(), key);
            }
        } catch (ConnectException e) {
            it.status = "REFUSED";
            it.reason = "cannot connect to " + base + " (is the suite running? bin/mubiao up; MUBIAO_URL)";
        } catch (IOException e) {
            it.status = "REFUSED";
            it.reason = "could not send the file to " + base + " (" + (e.getMessage() == null ? "connection failed"
                    : e.getMessage()) + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            it.status = "REFUSED";
            it.reason = "interrupted";
        }
    }

    static void poll(String base, String key, Item it) {
        try {
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base + "/api/v1/documents/" + it.id))
                    .timeout(Duration.ofSeconds(30)).GET();
            withKey(req, key);
            HttpResponse<String> r = HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                it.doc = JSON.readTree(r.body());
                it.status = it.doc.path("status").asText("RECEIVED");
                if (it.status.equals("FAILED")) {
                    it.reason = it.doc.path("failureStage").asText("") + ": " + it.doc.path("failureReason").asText("");
                }
            } // 404 right after the upload: targets-service has not seen the event yet
        } catch (IOException e) {
            // the suite may be busy; the next round asks again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void progress(List<Item> items, int sent) {
        long extracted = items.stream().filter(i -> i.status.equals("EXTRACTED")).count();
        long failed = items.stream().filter(i -> i.status.equals("FAILED") || i.status.equals("REFUSED")).count();
        int width = 30;
        int filled = (int) ((extracted + failed) * width / items.size());
        String counts = "sent " + sent + "/" + items.size() + "  extracted " + extracted + "  failed " + failed;
        if (TERMINAL) {
            ERR.print("\r[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + counts + "   ");
            ERR.flush();
        } else if (!counts.equals(lastProgress)) {
            ERR.println(counts);
        }
        lastProgress = counts;
    }

    static void summary(List<Item> items) {
        OUT.printf("%-36s %-18s %-10s %8s %9s  %s%n", "file", "id", "status", "targets", "entities", "title / reason");
        for (Item it : items) {
            String name = it.file.toString(); // whole: a path cut from the front no longer says which file it was
            String what = it.reason != null ? it.reason : it.doc == null ? "" : it.doc.path("title").asText("");
            OUT.printf("%-36s %-18s %-10s %8s %9s  %s%n", name, it.id == null ? "-" : it.id, it.status,
                    it.doc == null ? "-" : it.doc.path("targetCount").asText("-"),
                    it.doc == null ? "-" : it.doc.path("entityCount").asText("-"), what);
        }
        long ok = items.stream().filter(i -> i.status.equals("EXTRACTED")).count();
        OUT.println(ok + " of " + items.size() + " extracted" + (ok == items.size() ? "" : "; " + (items.size() - ok) + " failed"));
    }

    static String detail(String body) {
        try {
            JsonNode p = JSON.readTree(body);
            return p.path("title").asText("") + ": " + p.path("detail").asText(body);
        } catch (IOException e) {
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
    }

    /** What to do about a refusal the user can fix here. */
    static String hint(int status, String key) {
        if (status == 401) {
            return key == null || key.isBlank()
                    ? " (set MUBIAO_API_KEY to the gateway's API key: bin/mubiao up prints it and keeps it in .mubiao/api-key)"
                    : " (MUBIAO_API_KEY is not a key of this gateway: bin/mubiao up prints it and keeps it in .mubiao/api-key)";
        }
        return "";
    }

    static void withKey(HttpRequest.Builder req, String key) {
        if (key != null && !key.isBlank()) {
            req.header("X-API-Key", key);
        }
    }

    static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }
}
