package io.mubiao.benchmarks;

import io.mubiao.extract.core.Extractor;
import io.mubiao.extract.core.SourceDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The extraction core's single-thread speed, measured where it is used: characters of the seed corpus per second of
 * this thread's CPU time (as {@link CpuTimeComparison} measures it). The end-to-end run takes it just before and just
 * after its throughput run, with the stack idle, because this machine's speed drifts by a fifth over hours: a ratio
 * of two figures taken at different times would measure the drift.
 */
final class CoreSpeed {
    private final Extractor extractor = new Extractor();
    private final List<SourceDocument> docs;
    private int next;

    CoreSpeed(SeedCorpus corpus) {
        docs = corpus.documents().stream().map(d -> new SourceDocument(d.name(), d.text(), null)).toList();
    }

    /** Extracts for {@code seconds} without measuring (JIT compilation of the core in this JVM). */
    void warmUp(double seconds) {
        run(seconds);
    }

    /** Characters per CPU-second of this thread over {@code seconds} of wall time. */
    double charsPerCpuSecond(double seconds) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long chars = run(seconds);
        return chars / ((mx.getCurrentThreadCpuTime() - cpu0) / 1e9);
    }

    private long run(double seconds) {
        long wall0 = System.nanoTime();
        long chars = 0;
        while (System.nanoTime() - wall0 < seconds * 1e9 || chars == 0) {
            SourceDocument d = docs.get(next++ % docs.size());
            extractor.extract(d);
            chars += d.text().length();
        }
        return chars;
    }
}
