package io.mubiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** score.py's norm(): NFKC, then no white space. */
class NormalizationTest {
    @Test
    void widthAndSpacesDoNotMatter() {
        assertEquals("GDP(亿元)", Normalization.key("ＧＤＰ（亿元）"));
        assertEquals("天津市滨海新区", Normalization.key(" 天津市\u3000滨海 新区\n"));
        assertEquals("天津市", Normalization.key("天津\u00a0市"), "a no-break space");
        assertEquals("", Normalization.key(null));
    }
}
