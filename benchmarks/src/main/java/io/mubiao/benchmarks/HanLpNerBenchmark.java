package io.mubiao.benchmarks;

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

/** HanLP's own NER pipeline alone ({@link HanLpTagger}) over the same corpus, one operation = the whole corpus. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class HanLpNerBenchmark {

    @State(Scope.Benchmark)
    public static class Corpus {
        final HanLpTagger tagger = new HanLpTagger();
        List<String> texts;

        @Setup(Level.Trial)
        public void load() {
            texts = SeedCorpus.load().documents().stream().map(SeedCorpus.Doc::text).toList();
        }
    }

    private static void tagAll(Corpus c, Blackhole bh) {
        for (String t : c.texts) {
            bh.consume(c.tagger.tag(t));
        }
    }

    @Benchmark
    @Threads(1)
    public void single(Corpus c, Blackhole bh) {
        tagAll(c, bh);
    }

    @Benchmark
    @Threads(Threads.MAX)
    public void allThreads(Corpus c, Blackhole bh) {
        tagAll(c, bh);
    }
}
