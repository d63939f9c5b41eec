package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The number sentences of shared/eval/numbers (figures written in words, financial capitals, mixed forms,
 * percentages in words), read the way their README says: one sentence per line of one text, the target found
 * in a sentence must give its normalizedValue and a baseUnit containing its baseUnit. The file is read from
 * ../shared (property {@code mubiao.numbers.sentences} overrides); the test is skipped when it is absent.
 */
class NumberSentencesTest {
    private static final double FLOOR = 0.98;

    private static Path sentences() {
        String p = System.getProperty("mubiao.numbers.sentences");
        if (p != null) {
            return Path.of(p);
        }
        for (String candidate : new String[] {"../../shared/eval/numbers/sentences.jsonl", "../shared/eval/numbers/sentences.jsonl"}) {
            if (Files.isRegularFile(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return Path.of("../../shared/eval/numbers/sentences.jsonl");
    }

    @Test
    void sharedNumberSentencesGiveTheirValueAndBaseUnit() throws IOException {
        Path file = sentences();
        assumeTrue(Files.isRegularFile(file), "skipped: number sentences not found at " + file.toAbsolutePath()
                + " (shared/eval/numbers/sentences.jsonl; set -Dmubiao.numbers.sentences=PATH)");
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(json.readValue(line, new TypeReference<Map<String, Object>>() { }));
            }
        }
        StringBuilder text = new StringBuilder();
        int[] starts = new int[rows.size() + 1];
        for (int i = 0; i < rows.size(); i++) {
            starts[i] = text.length();
            text.append(rows.get(i).get("sentence")).append('\n');
        }
        starts[rows.size()] = text.length();
        List<Target> targets = new Extractor().targets(new SourceDocument("numbers.txt", text.toString(), null));

        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            double want = ((Number) rows.get(i).get("normalizedValue")).doubleValue();
            String unit = String.valueOf(rows.get(i).get("baseUnit"));
            List<String> got = new ArrayList<>();
            boolean ok = false;
            for (Target t : targets) {
                if (t.start() >= starts[i] && t.start() < starts[i + 1]) {
                    got.add(t.normalizedValue() + " " + t.baseUnit());
                    ok |= t.normalizedValue() != null && t.baseUnit() != null && t.baseUnit().contains(unit)
                            && Math.abs(t.normalizedValue() - want) <= 1e-9 * Math.max(1, Math.abs(want));
                }
            }
            if (ok) {
                right++;
            } else {
                wrong.add(rows.get(i).get("sentence") + " want " + want + " " + unit + " got " + got);
            }
        }
        double share = (double) right / rows.size();
        assertTrue(share >= FLOOR, String.format("%d of %d read right (%.4f < %.2f):%n%s", right, rows.size(), share, FLOOR,
                String.join("\n", wrong)));
    }
}
