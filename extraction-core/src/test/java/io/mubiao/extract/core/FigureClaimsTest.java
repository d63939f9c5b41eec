package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FigureClaimsTest {
    @Test
    void aCharacterBelongsToOneFigure() {
        // "占全省三分之一，第三": offsets relative to a stretch starting at 10 of the text
        FigureClaims claims = new FigureClaims(10, 20);
        claims.claim(3, 7, 0.3333, "", null, null);
        claims.claim(5, 9, 1, "位", null, null);
        assertEquals(1, claims.mentions().size(), "the second overlaps the first");
        Mention m = claims.mentions().get(0);
        assertEquals(13, m.start());
        assertEquals(17, m.end());
        assertEquals(17, m.numberEnd());
        assertTrue(claims.isTaken(16));
        assertFalse(claims.isTaken(17));
    }

    @Test
    void takingStopsAtTheEndOfTheStretch() {
        FigureClaims claims = new FigureClaims(0, 4);
        claims.take(2, 9);
        assertTrue(claims.isTaken(3));
        claims.addAt(new Mention(0, 2, 2, 5, null, "%", null, null, 0));
        assertEquals(1, claims.mentions().size());
        assertTrue(claims.isTaken(0));
    }
}
