package io.mubiao.extract.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.contracts.taxonomy.ThemeTaxonomy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mubiao.extract.taxonomy-file as the start-up producer reads it (plain JUnit: the same method the bean calls). */
class TaxonomyConfigThemeTest {

    @Test
    void unsetOrBlankMeansTheDefaultTaxonomy() {
        assertEquals(12, ExtractorProducer.taxonomy(Optional.empty()).themes().size());
        assertEquals(12, ExtractorProducer.taxonomy(Optional.of("  ")).themes().size());
    }

    @Test
    void aMalformedFileIsRefusedWithTheLoadersMessage(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"themes\": [{\"code\": \"Not A Code\", \"nameZh\": \"甲\", \"headingCues\": [\"甲\"]}]}");
        var e = assertThrows(ThemeTaxonomy.InvalidTaxonomyException.class,
                () -> ExtractorProducer.taxonomy(Optional.of(bad.toString())));
        assertTrue(e.getMessage().contains(bad.toString()) && e.getMessage().contains("themes[0].code"), e.getMessage());
        var missing = assertThrows(ThemeTaxonomy.InvalidTaxonomyException.class,
                () -> ExtractorProducer.taxonomy(Optional.of(dir.resolve("none.json").toString())));
        assertTrue(missing.getMessage().contains("none.json"), missing.getMessage());
    }
}
