package io.mubiao.extract.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mubiao.extract.core.EntityMention;
import io.mubiao.extract.core.ExtractionResult;
import io.mubiao.extract.core.Target;
import io.mubiao.extract.core.table.TableEvidence;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The JSON lines the command line writes and reads (SCHEMA.md fields plus evidence). */
public final class JsonLines {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern SINGLE_YEAR = Pattern.compile("\\d{4}");

    private JsonLines() {
    }

    /** One row per target then one per entity mention, in document order. */
    public static List<Map<String, Object>> rows(String doc, ExtractionResult result) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Target t : result.targets()) {
            out.add(row(doc, t));
        }
        for (EntityMention e : result.entities()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("record", "entity");
            r.put("doc", doc);
            r.put("text", e.text());
            r.put("type", e.type());
            r.put("canonical", e.canonical());
            r.put("start", e.start());
            r.put("end", e.end());
            out.add(r);
        }
        return out;
    }

    public static Map<String, Object> row(String doc, Target t) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("record", "target");
        r.put("doc", doc);
        r.put("quote", t.quote());
        r.put("indicator", t.indicator());
        r.put("kind", t.kind());
        r.put("measure", t.measure());
        r.put("value", number(t.value()));
        if (t.valueMax() != null) {
            r.put("valueMax", number(t.valueMax()));
        }
        r.put("unit", t.unit());
        r.put("comparator", t.comparator());
        r.put("year", year(t.year()));
        if (t.subject() != null) {
            r.put("subject", t.subject());
        }
        r.put("normalizedValue", t.normalizedValue() == null ? null : number(t.normalizedValue()));
        r.put("baseUnit", t.baseUnit());
        r.put("theme", t.theme());
        r.put("start", t.start());
        r.put("end", t.end());
        r.put("sentence", t.sentence());
        r.put("sentenceStart", t.sentenceStart());
        r.put("sentenceEnd", t.sentenceEnd());
        r.put("section", t.section());
        if (t.table() != null) {
            TableEvidence e = t.table();
            if (e.attribute() != null) {
                r.put("attribute", e.attribute());
            }
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("caption", e.caption());
            table.put("captionStart", e.captionStart());
            table.put("captionEnd", e.captionEnd());
            table.put("row", e.row());
            table.put("rowStart", e.rowStart());
            table.put("rowEnd", e.rowEnd());
            table.put("column", e.column());
            table.put("columnStart", e.columnStart());
            table.put("columnEnd", e.columnEnd());
            r.put("table", table);
        }
        return r;
    }

    /** A single year as a JSON integer, a span as its "2021-2025" string, as the gold writes them. */
    static Object year(String y) {
        if (y == null) {
            return null;
        }
        return SINGLE_YEAR.matcher(y).matches() ? (Object) Integer.valueOf(y) : y;
    }

    /** Whole numbers print without a fraction (2400, not 2400.0), as the gold writes them. */
    static Object number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v;
        }
        return v;
    }

    static String write(Map<String, Object> row) throws IOException {
        return MAPPER.writeValueAsString(row);
    }

    /** Reads a UTF-8 file strictly: a file that is not text fails instead of turning into U+FFFD. */
    static String readText(Path p) throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    /** Reads a JSONL file, skipping blank lines; a bad line is reported on stderr and skipped, as score.py does. */
    public static List<Map<String, Object>> read(Path p) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            n++;
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            try {
                out.add(MAPPER.readValue(t, new TypeReference<LinkedHashMap<String, Object>>() { }));
            } catch (IOException e) {
                System.err.println("bad JSON at " + p + ":" + n + ": " + e.getMessage());
            }
        }
        return out;
    }
}
