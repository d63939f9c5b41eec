package io.mubiao.extract.cli;

import io.mubiao.contracts.taxonomy.ThemeTaxonomy;
import io.mubiao.documents.DocumentReader;
import io.mubiao.documents.ReadDocument;
import io.mubiao.documents.RejectedDocument;
import io.mubiao.extract.core.Extractor;
import io.mubiao.extract.eval.Evaluation;
import io.mubiao.extract.eval.PythonJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Command line of the extraction core, without Quarkus.
 *
 * <pre>
 * Main extract [--taxonomy FILE] FILE...     one JSON object per target and per entity mention
 * Main eval [--docs DIR] [--gold DIR] [--misses N] [--json] [--pred OUT.jsonl] [--taxonomy FILE]
 *                                            extract every DIR/*.txt and score against the gold; entities are
 *                                            also scored for the HanLP-alone baseline (entities_hanlp_baseline)
 * </pre>
 * {@code --taxonomy} replaces the default theme taxonomy; a malformed file exits with status 2 and the loader's message.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // POI (DOCX) logs through the Log4j API, which has no provider on this classpath: quiet, not a warning per run
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("usage: mubiao extract [--taxonomy FILE] FILE... | mubiao eval [--docs DIR] [--gold DIR] [--misses N] [--json] [--pred OUT] [--taxonomy FILE]");
            return 64;
        }
        try {
            switch (args[0]) {
                case "extract":
                    return extract(List.of(args).subList(1, args.length), out, err);
                case "eval":
                    return eval(List.of(args).subList(1, args.length), out, err);
                default:
                    err.println("unknown command: " + args[0] + " (expected extract or eval)");
                    return 64;
            }
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 64;
        } catch (CliException | ThemeTaxonomy.InvalidTaxonomyException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private static int extract(List<String> args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>(args);
        Path taxonomy = null;
        if (!files.isEmpty() && files.get(0).equals("--taxonomy")) {
            taxonomy = Path.of(value(files, 1, "--taxonomy"));
            files = files.subList(2, files.size());
        }
        if (files.isEmpty()) {
            throw new UsageException("usage: mubiao extract [--taxonomy FILE] FILE...");
        }
        Extractor extractor = new Extractor(ThemeTaxonomy.load(Optional.ofNullable(taxonomy)));
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        int unread = 0;
        try {
            for (String f : files) {
                Path p = Path.of(f);
                ReadDocument read;
                try {
                    read = read(p);
                } catch (CliException e) {
                    // one unreadable file does not cost the others their output: reported, skipped, counted
                    w.flush();
                    err.println(e.getMessage());
                    unread++;
                    continue;
                }
                String doc = p.getFileName().toString();
                for (Map<String, Object> row : JsonLines.rows(doc, extractor.extract(DocumentTables.source(doc, read)))) {
                    w.write(JsonLines.write(row));
                    w.write('\n');
                }
                w.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (unread > 0) {
            err.println("mubiao extract: " + unread + " of " + files.size() + " files could not be read");
            return 1;
        }
        return 0;
    }

    /** A file in any format ingest-service takes (text in any Chinese encoding, HTML, PDF, DOCX), read the same way. */
    private static ReadDocument read(Path p) {
        try {
            return DocumentReader.read(p);
        } catch (RejectedDocument e) {
            throw new CliException("cannot read " + p + ": " + e.fileMessage());
        } catch (IOException e) {
            String why = Files.isDirectory(p) ? "is a directory" : !Files.exists(p) ? "no such file"
                    : !Files.isReadable(p) ? "permission denied" : "the file cannot be read";
            throw new CliException("cannot read " + p + ": " + why);
        }
    }

    private static int eval(List<String> args, PrintStream out, PrintStream err) {
        String docsDir = "seeds";
        String goldDir = null;
        String predOut = null;
        Path taxonomy = null;
        int misses = 0;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--docs" -> docsDir = value(args, ++i, a);
                case "--gold" -> goldDir = value(args, ++i, a);
                case "--pred" -> predOut = value(args, ++i, a);
                case "--json" -> json = true;
                case "--taxonomy" -> taxonomy = Path.of(value(args, ++i, a));
                case "--misses" -> {
                    try {
                        misses = Integer.parseInt(value(args, ++i, a));
                    } catch (NumberFormatException e) {
                        throw new UsageException("--misses needs a number");
                    }
                }
                default -> throw new UsageException("unknown option " + a);
            }
        }
        if (goldDir == null) {
            goldDir = docsDir + "/gold";
        }
        Extractor extractor = new Extractor(ThemeTaxonomy.load(Optional.ofNullable(taxonomy)));
        Evaluation.Report report = evaluate(Path.of(docsDir), Path.of(goldDir), predOut == null ? null : Path.of(predOut),
                extractor);
        // printed as score.py prints it (its figures, then entities_hanlp_baseline, which score.py does not have)
        if (json) {
            out.println(PythonJson.dumps(report.summary(), 0));
        } else {
            out.println(PythonJson.dumps(report.summary(), 1));
            for (List<Object> m : report.misses().subList(0, Math.min(misses, report.misses().size()))) {
                out.println("MISS " + join(m));
            }
            for (List<Object> m : report.falses().subList(0, Math.min(misses, report.falses().size()))) {
                out.println("FALSE " + join(m));
            }
        }
        return 0;
    }

    /** {@link #evaluate(Path, Path, Path, Extractor)} with the default theme taxonomy. */
    public static Evaluation.Report evaluate(Path docs, Path gold, Path predOut) {
        return evaluate(docs, gold, predOut, new Extractor());
    }

    /**
     * Extracts every {@code *.txt} of {@code docs} and scores it against {@code gold}; optionally writes the predictions.
     * The summary also holds {@code entities_hanlp_baseline}: the HanLP-alone baseline scored on the same documents.
     */
    public static Evaluation.Report evaluate(Path docs, Path gold, Path predOut, Extractor extractor) {
        if (!Files.isDirectory(docs)) {
            throw new CliException("cannot read documents: " + docs + " is not a directory");
        }
        if (!Files.isDirectory(gold)) {
            throw new CliException("cannot read gold: " + gold + " is not a directory");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        List<Map<String, Object>> goldRows = new ArrayList<>();
        List<Map<String, Object>> pred = new ArrayList<>();
        try (Stream<Path> s = Files.list(docs)) {
            for (Path p : s.filter(x -> x.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString();
                ReadDocument read = read(p);
                texts.put(name, read.text());
                pred.addAll(JsonLines.rows(name, extractor.extract(DocumentTables.source(name, read))));
            }
        } catch (IOException e) {
            throw new CliException("cannot list " + docs + ": " + e.getMessage());
        }
        try (Stream<Path> s = Files.list(gold)) {
            for (Path p : s.sorted().toList()) {
                String fn = p.getFileName().toString();
                String record = fn.endsWith(".targets.jsonl") ? "target" : fn.endsWith(".entities.jsonl") ? "entity" : null;
                if (record == null) {
                    continue;
                }
                for (Map<String, Object> r : JsonLines.read(p)) {
                    r.put("record", record);
                    goldRows.add(r);
                }
            }
        } catch (IOException e) {
            throw new CliException("cannot read gold " + gold + ": " + e.getMessage());
        }
        if (predOut != null) {
            try (BufferedWriter w = Files.newBufferedWriter(predOut, StandardCharsets.UTF_8)) {
                for (Map<String, Object> r : pred) {
                    w.write(JsonLines.write(r));
                    w.write('\n');
                }
            } catch (IOException e) {
                throw new CliException("cannot write " + predOut + ": " + e.getMessage());
            }
        }
        return Evaluation.withEntityBaseline(Evaluation.score(texts, goldRows, pred),
                Evaluation.score(texts, goldRows, EntityBaseline.rows(texts, goldRows)));
    }

    /** Python's print(*parts): str() of each (None, 2.0, 12000000.0), space separated. */
    private static String join(List<Object> parts) {
        StringBuilder b = new StringBuilder();
        for (Object o : parts) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(o == null ? "None" : o instanceof Double d ? PythonJson.pyFloat(d)
                    : o instanceof Boolean x ? (x ? "True" : "False") : o);
        }
        return b.toString();
    }

    private static String value(List<String> args, int i, String opt) {
        if (i >= args.size()) {
            throw new UsageException(opt + " needs a value");
        }
        return args.get(i);
    }

    /** A failure the user can act on, reported as one line. */
    static final class CliException extends RuntimeException {
        CliException(String m) {
            super(m);
        }
    }

    static final class UsageException extends RuntimeException {
        UsageException(String m) {
            super(m);
        }
    }
}
