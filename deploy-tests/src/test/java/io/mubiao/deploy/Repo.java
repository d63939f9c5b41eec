package io.mubiao.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The repository on disk and the one external tool the tests use: {@code kubectl kustomize}. */
final class Repo {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Repo() {
    }

    static Path root() {
        String p = System.getProperty("mubiao.repo.root");
        Path root = p != null ? Path.of(p) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    static Path overlay(String name) {
        return root().resolve("deploy/k8s/overlays").resolve(name);
    }

    static Path brokenFixtures() {
        return root().resolve("deploy-tests/src/test/resources/broken");
    }

    /** The kubectl on the PATH, or null. */
    static Path kubectl() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** {@code kubectl kustomize DIR}: the rendered YAML, offline. */
    static String kustomize(Path dir) {
        Path kubectl = kubectl();
        if (kubectl == null) {
            throw new IllegalStateException("kubectl is not on the PATH");
        }
        try {
            Process p = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                    .redirectErrorStream(false).start();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread errReader = new Thread(() -> copy(p.getErrorStream(), err));
            errReader.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + dir + " timed out");
            }
            errReader.join();
            if (p.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + err.toString(StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the exit code tells
        }
    }

    /** The documents of a multi-document YAML stream, each an object. */
    static List<ObjectNode> parseDocuments(String yaml) {
        List<ObjectNode> docs = new ArrayList<>();
        try {
            Iterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml);
            while (it.hasNext()) {
                JsonNode n = it.next();
                if (n == null || n.isNull() || n.isMissingNode()) {
                    continue;
                }
                if (!n.isObject()) {
                    throw new IllegalArgumentException("a YAML document is not an object: " + n);
                }
                docs.add((ObjectNode) n);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not YAML: " + e.getMessage(), e);
        }
        return docs;
    }
}
