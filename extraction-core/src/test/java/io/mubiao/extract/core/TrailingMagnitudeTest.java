package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TrailingMagnitudeTest {
    private static String trailing(String number, boolean arabic) {
        return TrailingMagnitude.trailing(number, 0, number.length(), arabic);
    }

    @Test
    void theRunOfMagnitudesAtTheEnd() {
        assertEquals("万", trailing("一千二百万", false));
        assertEquals("万亿", trailing("4.78万亿", true));
        assertEquals("万", trailing("一千多万", false), "多 inside the run is skipped");
        assertEquals("亿", trailing("500余亿", true));
    }

    @Test
    void aHundredOrThousandRightAfterDigitsJoinsTheMagnitude() {
        assertEquals("千万", trailing("5千万", true));
        assertEquals("万", trailing("1千3百万", true), "digits between: the 千 is a term, not the magnitude");
        assertEquals("万", trailing("五千万", false), "in words 五千 is the number, 万 the magnitude");
    }

    @Test
    void noMagnitude() {
        assertNull(trailing("1200", true));
        assertNull(trailing("一百零二", false));
    }
}
