package io.mubiao.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CoreNlpTypesTest {

    @Test
    void coarseAndFineTagsMapToTheProjectTypes() {
        assertEquals("PERSON", CoreNlpTypes.projectType("PERSON"));
        assertEquals("ORG", CoreNlpTypes.projectType("ORGANIZATION"));
        assertEquals("LOCATION", CoreNlpTypes.projectType("GPE"));
        assertEquals("LOCATION", CoreNlpTypes.projectType("LOCATION"));
        assertEquals("LOCATION", CoreNlpTypes.projectType("STATE_OR_PROVINCE"));
        assertEquals("LOCATION", CoreNlpTypes.projectType("CITY"));
        assertEquals("FACILITY", CoreNlpTypes.projectType("FACILITY"));
    }

    @Test
    void tagsWithoutACounterpartAreDropped() {
        assertNull(CoreNlpTypes.projectType("MISC"));
        assertNull(CoreNlpTypes.projectType("DEMONYM"));
        assertNull(CoreNlpTypes.projectType("NUMBER"));
        assertNull(CoreNlpTypes.projectType("O"));
        assertNull(CoreNlpTypes.projectType(null));
    }
}
