package io.mubiao.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the extraction core, HanLP's NER and (when compiled in with -Pcorenlp) CoreNLP's Chinese NER in one JMH run and
 * reports characters per second and the ratios. Extra arguments are JMH's own (e.g. {@code -wi 1 -i 2} for a quick
 * look). Writes {@code jmh.md} and {@code jmh.json} to {@link Results#dir()}.
 */
public final class JmhSuite {
    static final String CORENLP = "io.mubiao.benchmarks.corenlp.CoreNlpNerBenchmark";

    private JmhSuite() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        SeedCorpus corpus = SeedCorpus.load();
        boolean corenlp = present(CORENLP);
        List<String> classes = new ArrayList<>(List.of(ExtractorBenchmark.class.getName(), HanLpNerBenchmark.class.getName()));
        if (corenlp) {
            classes.add(CORENLP);
        }
        String loadBefore = Machine.loadAverage();
        OptionsBuilder options = new OptionsBuilder();
        options.parent(new CommandLineOptions(args));
        for (String c : classes) {
            options.include(java.util.regex.Pattern.quote(c) + "\\..*");
        }
        options.jvmArgsPrepend("-Dmubiao.corpus=" + SeedCorpus.defaultDirectory().toAbsolutePath())
                .resultFormat(ResultFormatType.JSON).result(Results.dir().resolve("jmh.json").toString());
        Collection<RunResult> results = new Runner(options.build()).run();
        String loadAfter = Machine.loadAverage();

        Map<String, double[]> charsPerSecond = new LinkedHashMap<>();
        for (RunResult r : results) {
            String bench = r.getParams().getBenchmark();
            double score = r.getPrimaryResult().getScore();
            double err = r.getPrimaryResult().getScoreError();
            charsPerSecond.put(bench, new double[] {score * corpus.characters(), err * corpus.characters(), r.getParams().getThreads()});
        }
        Results.publish("jmh.md", report(corpus, charsPerSecond, corenlp, loadBefore, loadAfter));
    }

    static String report(SeedCorpus corpus, Map<String, double[]> cps, boolean corenlp, String loadBefore, String loadAfter) {
        StringBuilder b = new StringBuilder();
        b.append("### Extraction speed (JMH, one run) — ").append(Results.now()).append("\n\n");
        b.append("Corpus: ").append(corpus.documents().size()).append(" documents, ").append(corpus.characters())
                .append(" characters. Load average before ").append(loadBefore).append(", after ").append(loadAfter)
                .append(". ").append(Machine.describe()).append("\n\n");
        b.append("| engine | threads | chars/s | ± (99.9 %) | core's chars/s ÷ this |\n|---|---:|---:|---:|---:|\n");
        String[][] rows = {
                {"extraction core (targets + entities)", ExtractorBenchmark.class.getName()},
                {"HanLP NER alone", HanLpNerBenchmark.class.getName()},
                {"CoreNLP Chinese NER", CORENLP}};
        for (String[] row : rows) {
            for (String variant : new String[] {"single", "allThreads"}) {
                double[] v = cps.get(row[1] + "." + variant);
                if (v == null) {
                    continue;
                }
                double[] core = cps.get(ExtractorBenchmark.class.getName() + "." + variant);
                String ratio = core == null ? "" : String.format("%.1f×", core[0] / v[0]);
                b.append(String.format("| %s | %d | %s | %s | %s |%n", row[0], (int) v[2], Results.si(v[0]), Results.si(v[1]), ratio));
            }
        }
        if (!corenlp) {
            b.append("\nCoreNLP not measured: build with -Pbenchmarks,corenlp (benchmarks/bench jmh --corenlp).\n");
        }
        return b.toString();
    }

    static boolean present(String className) {
        try {
            Class.forName(className, false, JmhSuite.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
