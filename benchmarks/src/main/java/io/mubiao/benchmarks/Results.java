package io.mubiao.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Where a benchmark writes its markdown tables and data: {@code bench.out} (default benchmarks/target/results). */
public final class Results {
    private Results() {
    }

    public static Path dir() {
        Path d = Path.of(System.getProperty("bench.out", "benchmarks/target/results"));
        try {
            Files.createDirectories(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return d;
    }

    public static String now() {
        return ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Prints the report and writes it to {@code dir()/name}. */
    public static void publish(String name, String markdown) {
        System.out.println(markdown);
        Path p = dir().resolve(name);
        try {
            Files.writeString(p, markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("(written to " + p + ")");
    }

    public static String si(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Math.abs(v) >= 1e6) {
            return String.format("%.2f M", v / 1e6);
        }
        if (Math.abs(v) >= 1e3) {
            return String.format("%.1f k", v / 1e3);
        }
        return String.format("%.1f", v);
    }
}
