package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ArabicNumbersTest {
    @Test
    void digitsSeparatorsAndDecimals() {
        assertEquals(new ArabicNumbers.Digits("1234.5", 11), ArabicNumbers.at("营业收入1,234.5亿元", 4));
        assertEquals(new ArabicNumbers.Digits("2025", 4), ArabicNumbers.at("２０２５年", 0));
        assertEquals(new ArabicNumbers.Digits("4.78", 4), ArabicNumbers.at("4．78万亿元", 0));
        assertEquals(new ArabicNumbers.Digits("1", 1), ArabicNumbers.at("1,23", 0), "a separator needs three digits");
        assertEquals(new ArabicNumbers.Digits("5", 1), ArabicNumbers.at("5.G", 0), "a point not followed by a digit");
        assertNull(ArabicNumbers.at("增长5%", 0));
    }

    @Test
    void powers() {
        assertEquals(0, new BigDecimal(32).compareTo(ArabicNumbers.power("2^5", 1, 3, BigDecimal.valueOf(2)).value()));
        assertEquals(0, new BigDecimal("0.4").compareTo(ArabicNumbers.power("2.5^-1", 3, 6, new BigDecimal("2.5")).value()));
        assertEquals(6, ArabicNumbers.power("2.5^-1", 3, 6, new BigDecimal("2.5")).end());
        assertNull(ArabicNumbers.power("2^31", 1, 4, BigDecimal.valueOf(2)), "exponents above 30 are not read");
        assertNull(ArabicNumbers.power("2^0.5", 1, 5, BigDecimal.valueOf(2)), "whole exponents only");
        assertNull(ArabicNumbers.power("25%", 2, 3, BigDecimal.valueOf(25)));
    }
}
