package io.mubiao.benchmarks;

import io.mubiao.extract.cli.JsonLines;
import io.mubiao.extract.cli.Main;
import io.mubiao.extract.core.EntityMention;
import io.mubiao.extract.eval.Evaluation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Entity precision, recall and F1 on the annotated seeds ({@code seeds/gold/*.entities.jsonl}) of the project's
 * pipeline, HanLP's NER alone and (when compiled in) CoreNLP's Chinese NER, all scored by the project's own
 * {@link Evaluation#score} — the pipeline's row is exactly what {@code bin/mubiao eval} reports
 * ({@link Main#evaluate}). Writes {@code quality.md}.
 */
public final class EntityQuality {
    private EntityQuality() {
    }

    public static void main(String[] args) throws Exception {
        Path docsDir = SeedCorpus.defaultDirectory();
        Path goldDir = docsDir.resolve("gold");
        SeedCorpus corpus = SeedCorpus.load(docsDir);
        List<Map<String, Object>> gold = readGold(goldDir);
        Map<String, String> texts = new LinkedHashMap<>();
        corpus.documents().forEach(d -> texts.put(d.name(), d.text()));
        List<String> annotated = gold.stream().filter(r -> "entity".equals(r.get("record")))
                .map(r -> String.valueOf(r.get("doc"))).distinct().sorted().toList();

        List<EntityTagger> taggers = new ArrayList<>(List.of(new HanLpTagger()));
        if (JmhSuite.present("io.mubiao.benchmarks.corenlp.CoreNlpChineseNer")) {
            taggers.add((EntityTagger) Class.forName("io.mubiao.benchmarks.corenlp.CoreNlpChineseNer").getConstructor().newInstance());
        }

        StringBuilder b = new StringBuilder();
        b.append("### Entity quality on the annotated seed (").append(String.join(", ", annotated)).append(") — ")
                .append(Results.now()).append("\n\n");
        b.append("Scored by io.mubiao.extract.eval.Evaluation (distinct normalized (text, type) per document).\n\n");
        b.append("| recognizer | gold | predicted | matched | P | R | F1 | matched ignoring type |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        row(b, "Mubiao pipeline (bin/mubiao eval)", Main.evaluate(docsDir, goldDir, null));
        for (EntityTagger t : taggers) {
            List<Map<String, Object>> pred = new ArrayList<>();
            for (String doc : annotated) {
                for (EntityMention m : t.tag(texts.get(doc))) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("record", "entity");
                    r.put("doc", doc);
                    r.put("text", m.text());
                    r.put("type", m.type());
                    pred.add(r);
                }
            }
            Map<String, String> only = new LinkedHashMap<>();
            annotated.forEach(d -> only.put(d, texts.get(d)));
            row(b, t.name(), Evaluation.score(only, gold, pred));
        }
        Results.publish("quality.md", b.toString());
    }

    @SuppressWarnings("unchecked")
    private static void row(StringBuilder b, String name, Evaluation.Report report) {
        Map<String, Object> e = (Map<String, Object>) report.summary().get("entities");
        b.append(String.format("| %s | %s | %s | %s | %.4f | %.4f | %.4f | %s |%n", name, e.get("gold"), e.get("predicted"),
                e.get("matched"), e.get("precision"), e.get("recall"), e.get("f1"), e.get("matched_ignoring_type")));
    }

    static List<Map<String, Object>> readGold(Path goldDir) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Stream<Path> s = Files.list(goldDir)) {
            for (Path p : s.sorted().toList()) {
                String fn = p.getFileName().toString();
                String record = fn.endsWith(".targets.jsonl") ? "target" : fn.endsWith(".entities.jsonl") ? "entity" : null;
                if (record != null) {
                    for (Map<String, Object> r : JsonLines.read(p)) {
                        r.put("record", record);
                        rows.add(r);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows;
    }
}
