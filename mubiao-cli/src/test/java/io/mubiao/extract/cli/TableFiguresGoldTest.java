package io.mubiao.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mubiao.documents.DocumentReader;
import io.mubiao.documents.ReadDocument;
import io.mubiao.documents.UploadFields;
import io.mubiao.extract.core.Extractor;
import io.mubiao.extract.core.Target;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every figure of a table's gold found with every field right, from the HTML page and from the DOCX and PDF
 * LibreOffice made of it (document-formats/src/test/resources/tables, regenerate.sh), and no other figure from
 * the table. The gold follows shared/eval/tables/README.md: a figure matches on value, unit, kind, measure,
 * comparator, year and an indicator whose character F1 with the gold one is at least 0.5 (and 属性 when given).
 */
class TableFiguresGoldTest {
    private static final Extractor EXTRACTOR = new Extractor();
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> documents() {
        List<Arguments> out = new ArrayList<>();
        for (String doc : List.of("plan-table", "yearly-targets", "single-target")) {
            for (String ext : List.of("html", "docx", "pdf")) {
                out.add(Arguments.of(doc, ext));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("documents")
    void everyGoldFigureOfTheTableIsFoundWithEveryFieldRight(String doc, String ext) throws IOException {
        String name = doc + "." + ext;
        ReadDocument read = DocumentReader.read(resource(name), mediaType(ext), UploadFields.fileName(name));
        List<Target> figures = EXTRACTOR.targets(DocumentTables.source(name, read)).stream()
                .filter(t -> t.table() != null).toList();
        List<Map<String, Object>> gold = gold(doc);
        List<Target> unmatched = new ArrayList<>(figures);
        List<String> missed = new ArrayList<>();
        for (Map<String, Object> g : gold) {
            Target hit = unmatched.stream().filter(t -> matches(g, t)).findFirst().orElse(null);
            if (hit == null) {
                missed.add(g.toString());
            } else {
                unmatched.remove(hit);
            }
        }
        assertTrue(missed.isEmpty(), name + " missed " + missed + "\n read: " + figures.stream().map(TableFiguresGoldTest::show).toList());
        assertTrue(unmatched.isEmpty(), name + " extra " + unmatched.stream().map(TableFiguresGoldTest::show).toList());
        for (Target t : figures) { // the evidence points into the text: the page highlights the row and the cell
            String text = read.text();
            assertEquals(t.quote(), text.substring(t.start(), t.end()), "cell offsets of " + show(t));
            assertEquals(t.table().row(), text.substring(t.table().rowStart(), t.table().rowEnd()), "row offsets");
            assertEquals(t.table().column(), text.substring(t.table().columnStart(), t.table().columnEnd()).strip(),
                    "header offsets of " + show(t));
            assertTrue(t.table().caption() != null
                    && t.table().caption().equals(text.substring(t.table().captionStart(), t.table().captionEnd())), "caption");
        }
    }

    static boolean matches(Map<String, Object> g, Target t) {
        double value = ((Number) g.get("value")).doubleValue();
        return Math.abs(value - t.value()) < 1e-9
                && g.get("unit").equals(t.unit())
                && g.get("kind").equals(t.kind())
                && g.get("measure").equals(t.measure())
                && g.get("comparator").equals(t.comparator())
                && String.valueOf(g.get("year")).equals(String.valueOf(t.year()))
                && charF1(String.valueOf(g.get("indicator")), t.indicator()) >= 0.5
                && (g.get("attribute") == null || g.get("attribute").equals(t.table().attribute()));
    }

    /** Character F1 of two strings (multiset of characters), as the README's matching rule. */
    static double charF1(String a, String b) {
        Map<Integer, Long> ca = new java.util.HashMap<>();
        a.codePoints().forEach(c -> ca.merge(c, 1L, Long::sum));
        long common = 0;
        for (int c : b.codePoints().toArray()) {
            Long n = ca.get(c);
            if (n != null && n > 0) {
                common++;
                ca.put(c, n - 1);
            }
        }
        if (common == 0) {
            return 0;
        }
        double p = (double) common / b.codePointCount(0, b.length());
        double r = (double) common / a.codePointCount(0, a.length());
        return 2 * p * r / (p + r);
    }

    static String show(Target t) {
        return t.indicator() + " " + t.value() + t.unit() + " " + t.kind() + "/" + t.measure() + "/" + t.comparator() + "/" + t.year();
    }

    static List<Map<String, Object>> gold(String doc) throws IOException {
        String text = new String(resource(doc + ".gold.jsonl"), StandardCharsets.UTF_8);
        List<Map<String, Object>> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readValue(line, new TypeReference<Map<String, Object>>() { }));
            }
        }
        return out;
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = TableFiguresGoldTest.class.getResourceAsStream("/tables/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource tables/" + name);
            }
            return in.readAllBytes();
        }
    }

    static String mediaType(String ext) {
        return switch (ext) {
            case "html" -> "text/html";
            case "pdf" -> "application/pdf";
            default -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        };
    }
}
