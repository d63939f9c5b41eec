package io.mubiao.benchmarks;

import io.mubiao.extract.core.ExtractionResult;
import io.mubiao.extract.core.Extractor;
import io.mubiao.extract.core.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of {@link Extractor#extract} (targets and entities together) over the whole seed corpus.
 * One operation = the whole corpus once; characters per second = ops/s × {@link Corpus#characters}
 * (printed at setup). {@code single} runs on one thread, {@code allThreads} on every core, sharing one
 * Extractor as the service does.
 *
 * <p>Corpus directory: system property {@code mubiao.corpus}, default {@code seeds} (run from the repo root).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractorBenchmark {

    /** The seed documents, read once. */
    @State(Scope.Benchmark)
    public static class Corpus {
        final Extractor extractor = new Extractor();
        final List<SourceDocument> documents = new ArrayList<>();
        long characters;

        @Setup(Level.Trial)
        public void load() {
            Path dir = Path.of(System.getProperty("mubiao.corpus", "seeds"));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    documents.add(new SourceDocument(p.getFileName().toString(), text, null));
                    characters += text.length();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the corpus at " + dir.toAbsolutePath(), e);
            }
            if (documents.isEmpty()) {
                throw new IllegalStateException("no *.txt in " + dir.toAbsolutePath());
            }
            System.out.println("# corpus: " + documents.size() + " documents, " + characters + " characters");
        }
    }

    private static void extractAll(Corpus c, Blackhole bh) {
        for (SourceDocument d : c.documents) {
            ExtractionResult r = c.extractor.extract(d);
            bh.consume(r);
        }
    }

    @Benchmark
    @Threads(1)
    public void single(Corpus c, Blackhole bh) {
        extractAll(c, bh);
    }

    @Benchmark
    @Threads(Threads.MAX)
    public void allThreads(Corpus c, Blackhole bh) {
        extractAll(c, bh);
    }
}
