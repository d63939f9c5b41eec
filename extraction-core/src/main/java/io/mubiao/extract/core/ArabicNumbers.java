package io.mubiao.extract.core;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers in Arabic digits: half- or full-width digits (２０２５), ASCII thousands separators only where exactly
 * three digits follow (1,234 but not 1,23), a decimal part (4.78, ４．７８) and a power (2^5, 1.1^+23, 2.5^-1).
 */
final class ArabicNumbers {
    /** The digits read (normalized to ASCII, with a '.') and the offset after them. */
    record Digits(String digits, int end) {
        BigDecimal value() {
            return new BigDecimal(digits);
        }
    }

    private ArabicNumbers() {
    }

    /** The Arabic number at {@code from}, or null when no digit is there. */
    static Digits at(CharSequence s, int from) {
        int i = from;
        int n = s.length();
        if (i >= n || !Numerals.isDigit(s.charAt(i))) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        while (i < n) {
            char c = s.charAt(i);
            if (Numerals.isDigit(c)) {
                b.append((char) ('0' + Numerals.digitValue(c)));
                i++;
            } else if (c == ',' && threeDigitsThenStop(s, i + 1)) {
                i++; // thousands separator: 1,234
            } else {
                break;
            }
        }
        if (i + 1 < n && (s.charAt(i) == '.' || s.charAt(i) == '．') && Numerals.isDigit(s.charAt(i + 1))) {
            b.append('.');
            i++;
            while (i < n && Numerals.isDigit(s.charAt(i))) {
                b.append((char) ('0' + Numerals.digitValue(s.charAt(i))));
                i++;
            }
        }
        return new Digits(b.toString(), i);
    }

    private static boolean threeDigitsThenStop(CharSequence s, int at) {
        if (at + 3 > s.length()) {
            return false;
        }
        for (int k = at; k < at + 3; k++) {
            if (!Numerals.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return at + 3 == s.length() || !Numerals.isDigit(s.charAt(at + 3));
    }

    /**
     * A power right after a number read up to {@code at} (2^5 = 32, 2.5^-1 = 0.4; exponents up to 30, whole only):
     * the new value and the offset after the exponent, or null when none is there.
     */
    static Digits power(CharSequence s, int at, int to, BigDecimal base) {
        if (at + 1 >= to || s.charAt(at) != '^') {
            return null;
        }
        int k = at + 1;
        boolean minus = s.charAt(k) == '-';
        if (s.charAt(k) == '-' || s.charAt(k) == '+') {
            k++;
        }
        Digits x = k < to ? at(s, k) : null;
        if (x == null || x.digits().contains(".") || x.end() > to) {
            return null;
        }
        int exp = Integer.parseInt(x.digits());
        if (exp > 30) {
            return null;
        }
        BigDecimal p = base.pow(exp, MathContext.DECIMAL64);
        BigDecimal v = minus ? BigDecimal.ONE.divide(p, MathContext.DECIMAL64) : p;
        return new Digits(v.toString(), x.end());
    }
}
