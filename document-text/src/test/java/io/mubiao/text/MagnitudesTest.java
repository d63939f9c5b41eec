package io.mubiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The magnitudes of numbers in words and in front of units. */
class MagnitudesTest {
    @Test
    void multipliers() {
        assertEquals(1e12, Magnitudes.multiplier("万亿"));
        assertEquals(1e7, Magnitudes.multiplier("千万"));
        assertEquals(1e4, Magnitudes.multiplier("万"));
        assertEquals(1, Magnitudes.multiplier(null));
        assertEquals(1, Magnitudes.multiplier("万万"), "not a magnitude of a unit");
    }

    @Test
    void charactersOfNumbersInWords() {
        assertEquals(10, Magnitudes.ofChar('拾'));
        assertEquals(1000, Magnitudes.ofChar('千'));
        assertEquals(100_000_000, Magnitudes.ofChar('億'));
        assertEquals(-1, Magnitudes.ofChar('五'));
    }

    @Test
    void longestFirst() {
        assertEquals("万亿", Magnitudes.startingAt("4.78万亿元", 4, Magnitudes.OF_UNITS));
        assertEquals("千万", Magnitudes.startingAt("5千万元", 1, Magnitudes.OF_UNITS));
        assertNull(Magnitudes.startingAt("3千米", 1, Magnitudes.OF_UNITS), "千米 is a unit, its 千 no magnitude");
        assertEquals("千", Magnitudes.startingAt("千人", 0, Magnitudes.IN_UNIT_COLUMNS));
    }
}
