package io.mubiao.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.documents.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code mubiao extract} takes every format ingest-service takes, through the same code: each seed as GBK, UTF-16,
 * an HTML page with navigation and footer, a DOCX and a PDF gives exactly the targets and entities of its UTF-8 file.
 */
class CliFormatsTest {
    @TempDir
    Path dir;

    static Stream<Path> seeds() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("../seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    private static List<String> extract(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"extract", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> rows = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                rows.add(line.replaceFirst("\"doc\":\"[^\"]*\",?", "")); // the file name differs, nothing else may
            }
        }
        return rows;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyFormatGivesTheSameTargets(Path seed) throws Exception {
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        List<String> expected = extract(seed);
        assertTrue(expected.stream().anyMatch(r -> r.contains("\"record\":\"entity\"")), "the seed has entities");
        List<Path> copies = new ArrayList<>();
        copies.add(Files.write(dir.resolve("gbk.txt"), Fixtures.encoded(text, "GB18030")));
        copies.add(Files.write(dir.resolve("utf16.txt"), Fixtures.encoded(text, "UTF-16")));
        copies.add(Files.write(dir.resolve("page.html"), Fixtures.html(text, "标题")));
        copies.add(Files.write(dir.resolve("doc.docx"), Fixtures.docx(text)));
        Optional<Path> font = Fixtures.cjkFont();
        if (font.isPresent()) { // else the PDF copy is left out: no TrueType CJK font on this machine
            copies.add(Files.write(dir.resolve("doc.pdf"), Fixtures.pdf(text, font.get())));
        }
        for (Path copy : copies) {
            assertEquals(expected, extract(copy), seed.getFileName() + " as " + copy.getFileName());
        }
    }
}
