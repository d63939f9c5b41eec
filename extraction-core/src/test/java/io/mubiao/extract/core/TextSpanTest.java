package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextSpanTest {
    @Test
    void aStretchOfText() {
        String s = "地区生产总值增长5%；一般公共预算收入增长3%。";
        TextSpan first = SentenceSplitter.split(s, 0, s.length()).get(0);
        assertEquals(new TextSpan(0, 11), first);
        assertEquals("地区生产总值增长5%；", first.of(s));
        assertEquals(11, first.length());
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(5, 4));
    }
}
