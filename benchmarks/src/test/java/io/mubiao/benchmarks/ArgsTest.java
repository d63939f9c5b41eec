package io.mubiao.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgsTest {

    @Test
    void optionsOverrideDefaults() {
        Args a = new Args(new String[] {"--docs", "42"}, Map.of("docs", "500", "rate", "1"));
        assertEquals(42, a.integer("docs"));
        assertEquals(1.0, a.real("rate"));
    }

    @Test
    void unknownOptionsAndMissingValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Args(new String[] {"--nope", "1"}, Map.of("docs", "1")));
        assertThrows(IllegalArgumentException.class, () -> new Args(new String[] {"--docs"}, Map.of("docs", "1")));
    }
}
