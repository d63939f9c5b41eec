package io.mubiao.contracts.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The enums carry exactly the strings of the event schema, and travel in JSON as those strings. */
class VocabularyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Set<String> schemaEnum(String def, String field) throws Exception {
        try (InputStream in = VocabularyTest.class.getResourceAsStream("/schemas/mubiao.document.extracted.v1.json")) {
            JsonNode values = JSON.readTree(in).path("$defs").path(def).path("properties").path(field).path("enum");
            assertTrue(values.isArray() && !values.isEmpty(), def + "." + field + " has no enum in the schema");
            Set<String> out = new HashSet<>();
            values.forEach(v -> out.add(v.asText()));
            return out;
        }
    }

    @Test
    void wireValuesAreTheSchemasEnums() throws Exception {
        assertEquals(schemaEnum("target", "kind"), TargetKind.wireValues());
        assertEquals(schemaEnum("target", "measure"), Measure.wireValues());
        assertEquals(schemaEnum("target", "comparator"), ValueComparator.wireValues());
        assertEquals(schemaEnum("entity", "type"), EntityType.wireValues());
    }

    @Test
    void jsonCarriesTheWireString() throws Exception {
        assertEquals("\"at_least\"", JSON.writeValueAsString(ValueComparator.AT_LEAST));
        assertEquals(TargetKind.ACHIEVEMENT, JSON.readValue("\"achievement\"", TargetKind.class));
        assertEquals(EntityType.FACILITY, EntityType.of("FACILITY"));
        assertEquals("delta", Measure.DELTA.wire());
    }

    @Test
    void anUnknownValueIsRefusedNamingTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Measure.of("ratio"));
        assertEquals("unknown Measure 'ratio'; one of [amount, rate, share, delta]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TargetKind.of("Target"));
    }
}
