package io.mubiao.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents every benchmark runs on: the {@code *.txt} files of one directory (default {@code seeds}, system
 * property {@code mubiao.corpus}), sorted by name, read as UTF-8.
 */
public record SeedCorpus(List<Doc> documents, long characters) {

    /** One document: its file name and text. */
    public record Doc(String name, String text) {
    }

    public static Path defaultDirectory() {
        return Path.of(System.getProperty("mubiao.corpus", "seeds"));
    }

    public static SeedCorpus load() {
        return load(defaultDirectory());
    }

    public static SeedCorpus load(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Doc> docs = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
                    .map(p -> new Doc(p.getFileName().toString(), read(p))).toList();
            if (docs.isEmpty()) {
                throw new IllegalStateException("no *.txt in " + dir.toAbsolutePath());
            }
            return new SeedCorpus(docs, docs.stream().mapToLong(d -> d.text().length()).sum());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus at " + dir.toAbsolutePath(), e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Doc byPrefix(String prefix) {
        return documents.stream().filter(d -> d.name().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no document named " + prefix + "*"));
    }
}
