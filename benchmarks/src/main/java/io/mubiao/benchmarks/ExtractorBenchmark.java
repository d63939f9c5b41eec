package io.mubiao.benchmarks;

import io.mubiao.extract.core.Extractor;
import io.mubiao.extract.core.SourceDocument;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Throughput of the extraction core, {@link Extractor#extract} (targets and entities together), over the whole seed
 * corpus. One operation = the whole corpus once, so characters per second = ops/s × {@link SeedCorpus#characters}
 * ({@link JmhSuite} does the multiplication). {@code single} runs on one thread, {@code allThreads} on every core,
 * sharing one Extractor as the service does.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ExtractorBenchmark {

    /** The seed documents, read once, and one shared extractor. */
    @State(Scope.Benchmark)
    public static class Corpus {
        final Extractor extractor = new Extractor();
        List<SourceDocument> documents;

        @Setup(Level.Trial)
        public void load() {
            documents = SeedCorpus.load().documents().stream().map(d -> new SourceDocument(d.name(), d.text(), null)).toList();
        }
    }

    private static void extractAll(Corpus c, Blackhole bh) {
        for (SourceDocument d : c.documents) {
            bh.consume(c.extractor.extract(d));
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
