package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClauseFigureTest {
    private static final Mention FIVE = new Mention(8, 10, 10, 5, null, "%", null, null, 0);

    @Test
    void figuresOfOneClauseShareItsStart() {
        // 地区生产总值增长5%、财政收入增长3%，新增就业12万人
        ClauseFigure a = new ClauseFigure(FIVE, 0, 18);
        ClauseFigure b = new ClauseFigure(new Mention(15, 17, 17, 3, null, "%", null, null, 0), 0, 18);
        ClauseFigure c = new ClauseFigure(new Mention(23, 26, 26, 12, null, "万人", null, null, 0), 19, 27);
        assertTrue(a.sameClause(b));
        assertFalse(b.sameClause(c));
        assertFalse(a.sameClause(null));
    }

    @Test
    void theOwnTextSpansTheWholeClauseUntilTheLayoutNarrowsIt() {
        ClauseFigure a = new ClauseFigure(FIVE, 3, 18);
        assertTrue(a.preStart == 3 && a.postEnd == 18);
        assertFalse(a.dropped || a.separated || a.prefixCount);
    }
}
