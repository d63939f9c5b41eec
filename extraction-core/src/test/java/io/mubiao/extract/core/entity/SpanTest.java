package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A candidate in line coordinates. */
class SpanTest {

    @Test
    void emptySpansAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Span(3, 3, "ORG", "x", 1));
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2, "ORG", "x", 1));
    }

    @Test
    void lengthAndOverlap() {
        Span a = new Span(0, 3, "FACILITY", "天津港", 1);
        assertEquals(3, a.length());
        assertTrue(a.overlaps(new Span(2, 5, "LOCATION", "x", 0)));
        assertFalse(a.overlaps(new Span(3, 5, "LOCATION", "x", 0)));
    }
}
