package io.mubiao.extract.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.extract.eval.Evaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality floor on the five seed documents, scored with the port of shared/eval/score.py.
 * Raise the floors as quality rises; keep them a little below what {@code mubiao eval} measures.
 */
class SeedEvaluationTest {
    private static Evaluation.Report report;

    @BeforeAll
    static void run() {
        Path seeds = Path.of("../seeds");
        assertTrue(Files.isDirectory(seeds.resolve("gold")), "seed corpus not found at " + seeds.toAbsolutePath());
        report = Main.evaluate(seeds, seeds.resolve("gold"), null);
    }

    private static void atLeast(String what, double measured, double floor) {
        assertTrue(measured >= floor, what + " fell to " + measured + " (floor " + floor + "): " + report.summary());
    }

    @Test
    void detection() {
        atLeast("precision", report.target("precision"), 0.98);
        atLeast("recall", report.target("recall"), 0.97);
        atLeast("F1", report.target("f1"), 0.98);
    }

    @Test
    void fieldsOverMatchedTargets() {
        atLeast("kind", report.field("kind"), 0.98);
        atLeast("measure", report.field("measure"), 0.98);
        atLeast("comparator", report.field("comparator"), 0.98);
        atLeast("year", report.field("year"), 0.97);
        atLeast("indicator character F1", report.field("indicator_char_f1"), 0.88);
    }

    @Test
    void theme() {
        atLeast("theme accuracy", report.field("theme"), 0.93); // measured 0.9538
    }

    @Test
    void entitiesBeatTheHanLpBaselineScoredInTheSameRun() {
        Double pipeline = report.entity("f1");
        Double baseline = report.baselineEntity("f1");
        assertTrue(pipeline != null && baseline != null, "both entity figures are reported: " + report.summary());
        // measured 0.7914 on the text as ingested against the gold that follows shared/eval/SCHEMA.md (the old
        // recognizer: 0.786; issue 19's bar: 0.79); the gold also annotates the seed's boilerplate link lists,
        // which document-formats cuts out before recognition (docs/entities.md)
        atLeast("entity F1", pipeline, 0.79);
        assertTrue(((java.util.Map<?, ?>) ((java.util.Map<?, ?>) report.summary().get("entities")).get("by_type")).containsKey("POLICY"),
                "a per-type breakdown is reported");
        assertTrue(pipeline > baseline + 0.5, "pipeline " + pipeline + " vs HanLP baseline " + baseline);
    }

    @Test
    void strict() {
        atLeast("strict F1", report.target("strict_f1"), 0.91);
    }
}
