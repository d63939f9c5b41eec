package io.mubiao.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --taxonomy} on the command line: a custom file changes the themes; a malformed one is refused. */
class MainThemeTest {

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void extractFilesTargetsUnderTheGivenTaxonomy(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("doc.txt");
        Files.writeString(doc, "一、加强水利基础设施建设\n新建小型水库12座。\n");
        Path taxonomy = dir.resolve("t.json");
        Files.writeString(taxonomy, "{\"themes\": [{\"code\": \"water\", \"nameZh\": \"水利\", \"headingCues\": [\"水利\"]}]}");
        Run custom = run("extract", "--taxonomy", taxonomy.toString(), doc.toString());
        assertEquals(0, custom.status(), custom.err());
        assertTrue(custom.out().contains("\"theme\":\"water\""), custom.out());
        Run standard = run("extract", doc.toString());
        assertEquals(0, standard.status(), standard.err());
        assertTrue(standard.out().contains("\"theme\":\"") && !standard.out().contains("\"theme\":\"water\""), standard.out());
        assertTrue(standard.out().contains("\"sentenceStart\":"), standard.out());
    }

    @Test
    void aMalformedTaxonomyIsRefusedByExtractAndEval(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("doc.txt");
        Files.writeString(doc, "新建小型水库12座。\n");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"themes\": [");
        Run extract = run("extract", "--taxonomy", bad.toString(), doc.toString());
        assertEquals(2, extract.status());
        assertTrue(extract.err().contains("not valid JSON") && extract.err().contains("bad.json"), extract.err());
        assertEquals("", extract.out());
        Run eval = run("eval", "--docs", "../seeds", "--taxonomy", bad.toString());
        assertEquals(2, eval.status());
        assertTrue(eval.err().contains("bad.json"), eval.err());
        assertEquals(64, run("extract", "--taxonomy").status());
    }
}
