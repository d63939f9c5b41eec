package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.contracts.vocabulary.EntityType;
import io.mubiao.contracts.vocabulary.Measure;
import io.mubiao.contracts.vocabulary.TargetKind;
import io.mubiao.contracts.vocabulary.ValueComparator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every kind, measure, comparator and entity type the core emits on the seed documents is a value of the
 * vocabularies in contracts (what the event schema and the API accept); a new or misspelt string fails here.
 */
class VocabularyConformanceTest {

    @Test
    void seedResultsUseOnlyTheContractsVocabularies() throws Exception {
        Extractor extractor = new Extractor();
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("../seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(seeds.isEmpty(), "no seed documents");
        int targets = 0;
        for (Path seed : seeds) {
            ExtractionResult r = extractor.extract(new SourceDocument(seed.getFileName().toString(), Files.readString(seed), null));
            for (Target t : r.targets()) {
                TargetKind.of(t.kind());
                Measure.of(t.measure());
                ValueComparator.of(t.comparator());
                targets++;
            }
            r.entities().forEach(e -> EntityType.of(e.type()));
        }
        assertTrue(targets > 0, "no targets extracted from the seeds");
    }
}
