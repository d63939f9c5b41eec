package io.mubiao.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentVariantsTest {
    private final SeedCorpus corpus = new SeedCorpus(List.of(
            new SeedCorpus.Doc("a.txt", "第一份文件。".repeat(10)),
            new SeedCorpus.Doc("b.txt", "第二份较长的文件。".repeat(300))), 60 + 2700);

    @Test
    void everyVariantIsNewTextOverItsSeed() {
        DocumentVariants v = new DocumentVariants(corpus, "r1");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String text = v.variant(i);
            assertTrue(seen.add(text), "variant " + i + " repeats an earlier one");
            assertTrue(text.startsWith(corpus.documents().get(i % 2).text()));
        }
        assertNotEquals(v.variant(3), new DocumentVariants(corpus, "r2").variant(3), "another run gives other documents");
    }

    @Test
    void fixedLengthVariantsHaveExactlyThatManyCharacters() {
        DocumentVariants v = new DocumentVariants(corpus, "r1");
        for (int i = 0; i < 5; i++) {
            String text = v.ofLength(i, 2000);
            assertEquals(2000, text.length());
            assertTrue(text.endsWith(DocumentVariants.marker("r1", i)));
            assertTrue(text.startsWith("第二份较长的文件。"), "cut from a seed long enough");
        }
        assertThrows(IllegalStateException.class, () -> v.ofLength(0, 5000));
    }
}
