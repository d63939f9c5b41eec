package io.mubiao.benchmarks;

import io.mubiao.documents.DocumentReader;
import io.mubiao.documents.UploadFields;
import io.mubiao.extract.core.Extractor;
import io.mubiao.extract.core.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * ReaderBenchmark's companion for a shared machine: {@code DocumentReader.read} of the same work report (seed 003)
 * in each format, and the extraction core on that report's text, each on one thread, as this thread's CPU time per
 * document (ThreadMXBean) rather than wall time, so other processes on the cores change the figures much less. The
 * JVM's own CPU (JIT, GC) is reported apart. For the PDF, a floor besides: PDFBox loading it and tokenizing its pages'
 * content, which any reading with PDFBox pays. Turns run round-robin so a burst of load falls on all of them.
 * Usage: {@code ReaderCpuTime [rounds] [seconds-per-turn] [formats, e.g. txt,html,docx,pdf] [warm-up rounds]}; writes
 * reader-cpu.md. The warm-up rounds (2) let the JIT compile the readers: a PDF read is compiled after some hundred reads.
 */
public final class ReaderCpuTime {
    private ReaderCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        double turnSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        List<String> formats = List.of((args.length > 2 ? args[2] : "txt,html,docx,pdf").split(","));
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Path dir = Path.of(System.getProperty("mubiao.readers.dir", "benchmarks/readers"));
        Map<String, Runnable> turns = new LinkedHashMap<>();
        for (String f : formats) {
            byte[] bytes = Files.readAllBytes(dir.resolve("003." + f));
            UploadFields fields = UploadFields.fileName("003." + f);
            turns.put("read " + f, () -> DocumentReader.read(bytes, "application/octet-stream", fields));
        }
        if (formats.contains("pdf")) {
            byte[] pdf = Files.readAllBytes(dir.resolve("003.pdf"));
            turns.put("pdf: PDFBox tokenizing the pages' content alone (a floor)", () -> tokenize(pdf));
        }
        String text = Files.readString(dir.resolve("003.txt"));
        Extractor extractor = new Extractor();
        SourceDocument doc = new SourceDocument("003", text, null);
        turns.put("extract (extraction core, the text)", () -> extractor.extract(doc));
        Map<String, long[]> totals = new LinkedHashMap<>(); // documents, this thread's cpu ns, wall ns
        turns.keySet().forEach(k -> totals.put(k, new long[3]));
        String loadBefore = Machine.loadAverage();
        ProcessCpu.Snapshot jvmBefore = null;
        for (int round = 1 - warmUp; round <= rounds; round++) { // rounds up to 0 warm up and are not counted
            if (round == 1) {
                jvmBefore = jvmSnapshot();
            }
            for (Map.Entry<String, Runnable> e : turns.entrySet()) {
                Turn turn = Turn.run(turnSeconds, () -> {
                    e.getValue().run();
                    return 1;
                });
                if (round > 0) {
                    turn.addTo(totals.get(e.getKey()));
                }
                System.err.printf("round %d %s: %d documents%n", round, e.getKey(), turn.units());
            }
        }
        Results.publish("reader-cpu.md", report(rounds, warmUp, turnSeconds, totals, loadBefore, jvmBefore, jvmSnapshot(), text.length()));
    }

    private static String report(int rounds, int warmUp, double turnSeconds, Map<String, long[]> totals, String loadBefore,
                                 ProcessCpu.Snapshot before, ProcessCpu.Snapshot after, int chars) {
        long[] extract = new ArrayList<>(totals.values()).get(totals.size() - 1);
        double extractMs = extract[1] / 1e6 / extract[0];
        StringBuilder b = new StringBuilder("### Reading per CPU-second — ").append(Results.now()).append("\n\n")
                .append(String.format("Seed 003 (%,d characters); %d counted rounds of %.0f s per turn, round-robin, after %d warm-up"
                        + " rounds; load average before %s, after %s. %s%n%n", chars, rounds, turnSeconds, warmUp, loadBefore,
                        Machine.loadAverage(), Machine.describe()))
                .append("| turn | documents | CPU ms per document (this thread) | wall ms per document | ÷ extraction (CPU) |\n"
                        + "|---|---:|---:|---:|---:|\n");
        for (Map.Entry<String, long[]> e : totals.entrySet()) {
            long[] t = e.getValue();
            double cpu = t[1] / 1e6 / t[0];
            b.append(String.format("| %s | %d | %.2f | %.2f | %.2f |%n", e.getKey(), t[0], cpu, t[2] / 1e6 / t[0], cpu / extractMs));
        }
        double jit = ProcessCpu.threadDelta(before, after, "JIT:");
        double gc = ProcessCpu.threadDelta(before, after, "GC:");
        b.append(String.format("%nBesides, during the counted rounds the JVM's JIT compiler threads used %.1f s of CPU and its GC"
                + " threads %.1f s (/proc).%n", jit, gc));
        return b.toString();
    }

    /**
     * What any reading of the PDF with PDFBox costs at the least: loading it and PDFBox's content-stream parser
     * tokenizing every page (decompressed), nothing done with the tokens.
     */
    private static long tokenize(byte[] pdf) {
        long tokens = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDFStreamParser parser = new PDFStreamParser(page);
                while (parser.parseNextToken() != null) {
                    tokens++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static ProcessCpu.Snapshot jvmSnapshot() {
        Map<String, Double> s = new LinkedHashMap<>(ProcessCpu.ofThreads(ProcessHandle.current().pid()));
        return new ProcessCpu.Snapshot(s, System.nanoTime());
    }
}
