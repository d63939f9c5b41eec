package io.mubiao.benchmarks.corenlp;

import io.mubiao.benchmarks.SeedCorpus;
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
 * Stanford CoreNLP's Chinese NER ({@link CoreNlpChineseNer}) over the same corpus, one operation = the whole corpus.
 * One corpus pass takes seconds, hence the longer iterations; the models need a 4 GB heap.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class CoreNlpNerBenchmark {

    @State(Scope.Benchmark)
    public static class Corpus {
        CoreNlpChineseNer tagger;
        List<String> texts;

        @Setup(Level.Trial)
        public void load() {
            tagger = new CoreNlpChineseNer();
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
