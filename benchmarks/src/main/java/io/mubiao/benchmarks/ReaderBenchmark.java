package io.mubiao.benchmarks;

import io.mubiao.documents.DocumentReader;
import io.mubiao.documents.ReadDocument;
import io.mubiao.documents.UploadFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DocumentReader per format: the same work report (seed 003) as text, HTML, DOCX and PDF
 * (benchmarks/readers), read into its clean text with tables, boilerplate and metadata. One thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class ReaderBenchmark {
    @Param({"txt", "html", "docx", "pdf"})
    public String format;

    private byte[] bytes;
    private String name;

    @Setup
    public void load() {
        name = "003." + format;
        Path p = Path.of(System.getProperty("mubiao.readers.dir", "benchmarks/readers"), name);
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("run from the repository root: " + p, e);
        }
    }

    @Benchmark
    public ReadDocument read() {
        return DocumentReader.read(bytes, "application/octet-stream", UploadFields.fileName(name));
    }
}
