package io.mubiao.extract.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one number expression token by token, the way the language groups magnitudes: everything below a 万 or 亿
 * is multiplied by it (四十五亿四千零四万 = 45×10⁸ + 4004×10⁴), a magnitude right after another one multiplies it
 * (万亿, 四万万), a last digit right after 百/千/万/亿 counts in the next lower place (两千三 = 2300). One instance
 * per expression; {@link NumberParser#read} is its entry point.
 */
final class NumberReader {
    private static final BigDecimal TEN = BigDecimal.TEN;

    /** One term of a number being read: a value and the magnitude it was closed with (1 for a bare digit). */
    private record Term(BigDecimal value, long level) {
    }

    private final CharSequence s;
    private final int from;
    private final int to;
    private final List<Term> terms = new ArrayList<>();
    private BigDecimal pending;            // a digit or Arabic number not yet multiplied
    private long pendingAfter;             // the magnitude right before the pending Chinese digit (两千三: 1000)
    private long lastLevel;                // magnitude of the previous token, 0 after 零 or a digit
    private long sectionLevel = Long.MAX_VALUE; // smallest 十/百/千 since the last 万/亿
    private boolean bigBefore;             // the previous token was 万 or 亿
    private boolean chinese;
    private boolean arabic;
    private boolean approx;
    private boolean sawDigit;
    private boolean digitRun;
    private boolean sawUnit;
    private boolean dozen;
    private boolean chineseDigits;         // a digit 一..九 in words was read
    private int digitCount;                // Chinese digits read one by one (二〇二三: 4)
    private int i;
    private int end;

    NumberReader(CharSequence s, int from, int to) {
        this.s = s;
        this.from = from;
        this.to = to;
        this.i = from;
        this.end = from;
    }

    /** The longest expression from {@code from} up to {@code to}, or null when none starts there. */
    NumberParser.Reading read() {
        while (i < to && step(s.charAt(i))) {
            end = i;
        }
        if (!sawDigit && !sawUnit) {
            return null;
        }
        BigDecimal total = total();
        String magnitude = pending == null && !dozen ? TrailingMagnitude.trailing(s, from, end, arabic) : null;
        // 千亿, 百余, 万亿: no digit, a magnitude stands for one (十万 is ten of them: 十 is a number)
        boolean bare = !sawDigit && Numerals.chineseUnit(s.charAt(from)) != 10;
        return new NumberParser.Reading(total.doubleValue(), end, chinese, arabic, approx, magnitude, bare,
                digitRun && !sawUnit && (arabic || digitCount > 1));
    }

    /** Reads the token at {@code i}; false when the expression ends before it. */
    private boolean step(char c) {
        if (Numerals.isDigit(c)) {
            return arabicDigits();
        }
        int d = Numerals.chineseDigit(c);
        if (d == 0) {
            return zero();
        }
        if (d > 0) {
            return digitInWords(d);
        }
        long u = Numerals.chineseUnit(c);
        if (u > 0) {
            return magnitude(u);
        }
        if (Numerals.isPoint(c) && i + 1 < to && (Numerals.chineseDigit(s.charAt(i + 1)) >= 0
                || Numerals.isDigit(s.charAt(i + 1))) && (sawDigit || sawUnit)) {
            return decimalsInWords(c);
        }
        if (Numerals.isApprox(c) && (sawDigit || sawUnit) && !approx) {
            return lowerBound(c);
        }
        if (c == '半' && pending == null && terms.isEmpty() && i + 1 < to && Numerals.chineseUnit(s.charAt(i + 1)) >= 100) {
            pending = new BigDecimal("0.5"); // 半百
            chinese = true;
            sawDigit = true;
            i++;
            return true;
        }
        if (c == '打' && (pending != null || !terms.isEmpty()) && !approx && i + 1 < to && Units.unitAt(s, i + 1) != null) {
            dozen();
        }
        return false;
    }

    private boolean arabicDigits() {
        if (pending != null || chineseDigits) {
            return false; // 一万5: digits do not follow numerals in words
        }
        ArabicNumbers.Digits d = ArabicNumbers.at(s, i);
        if (d.end() > to) {
            return false;
        }
        pending = d.value();
        pendingAfter = 0;
        i = d.end();
        ArabicNumbers.Digits power = ArabicNumbers.power(s, i, to, pending); // 2^5, 1.1^+23, 2.5^-1
        if (power != null) {
            pending = power.value();
            i = power.end();
        }
        arabic = true;
        sawDigit = true;
        digitRun = terms.isEmpty() && !sawUnit;
        lastLevel = 0;
        bigBefore = false;
        return true;
    }

    /** 零 marks a gap (一千零五, 零十 = 10); in 零点五 and 二〇二三 it is the digit. */
    private boolean zero() {
        if (pending != null && digitRun && !arabic) {
            pending = pending.multiply(TEN);
            digitCount++;
        } else if (pending != null) {
            return false;
        } else if (i + 1 < to && Numerals.isPoint(s.charAt(i + 1))) {
            pending = BigDecimal.ZERO;
        }
        chinese = true;
        sawDigit = true;
        lastLevel = 0;
        pendingAfter = 0;
        bigBefore = false;
        i++;
        return true;
    }

    private boolean digitInWords(int d) {
        if (arabic) {
            return false; // 9万亿三个: a numeral in words does not continue a number in digits
        }
        chineseDigits = true;
        if (pending != null) {
            if (!digitRun) {
                return false;
            }
            pending = pending.multiply(TEN).add(BigDecimal.valueOf(d)); // 二〇二三
            digitCount++;
        } else {
            pending = BigDecimal.valueOf(d);
            pendingAfter = lastLevel;
            digitCount = 1;
            digitRun = terms.isEmpty() && !sawUnit;
        }
        chinese = true;
        sawDigit = true;
        lastLevel = 0;
        bigBefore = false;
        i++;
        return true;
    }

    /** 十百千 close a term of the section; 万 and 亿 close the section (or multiply the magnitude before them). */
    private boolean magnitude(long u) {
        String unit = Units.unitAt(s, i);
        if (unit != null && unit.length() > 1) {
            return false; // 千瓦, 千米, 百分点: a unit, not a magnitude
        }
        if (digitRun && pending != null && pending.scale() <= 0 && pending.compareTo(BigDecimal.TEN) >= 0 && !arabic) {
            return false; // 二〇二三万: not a number
        }
        BigDecimal unitValue = BigDecimal.valueOf(u);
        if (u < 10_000) {
            if (u >= sectionLevel) {
                return false; // 十百: not well formed
            }
            BigDecimal base = pending == null ? BigDecimal.ONE : pending;
            terms.add(new Term(base.multiply(unitValue), u));
            sectionLevel = u;
        } else if (bigBefore && !terms.isEmpty() && pending == null) {
            // 万亿, 四万万: a magnitude on a magnitude
            Term top = terms.remove(terms.size() - 1);
            terms.add(new Term(top.value().multiply(unitValue), top.level() * u));
        } else if (!closeSection(u, unitValue)) {
            return false;
        }
        pending = null;
        pendingAfter = 0;
        lastLevel = u;
        bigBefore = u >= 10_000;
        chinese = true;
        sawUnit = true;
        digitRun = false;
        i++;
        return true;
    }

    /** 四千零四万: everything below {@code u} is summed and multiplied by it; false for 五亿万. */
    private boolean closeSection(long u, BigDecimal unitValue) {
        BigDecimal sum = pending == null ? BigDecimal.ZERO : pending;
        boolean any = pending != null;
        while (!terms.isEmpty() && terms.get(terms.size() - 1).level() < u) {
            sum = sum.add(terms.remove(terms.size() - 1).value());
            any = true;
        }
        if (!any) {
            if (!terms.isEmpty()) {
                return false; // 五亿万: not well formed
            }
            sum = BigDecimal.ONE; // 万亿元: a bare magnitude stands for one
        }
        terms.add(new Term(sum.multiply(unitValue), u));
        sectionLevel = Long.MAX_VALUE;
        return true;
    }

    /** Decimals in words, read digit by digit: 十点二三三, 两千万点五五四四. */
    private boolean decimalsInWords(char point) {
        StringBuilder frac = new StringBuilder("0.");
        int k = i + 1;
        while (k < to) {
            char f = s.charAt(k);
            int fd = Numerals.isDigit(f) ? Numerals.digitValue(f) : Numerals.chineseDigit(f);
            if (fd < 0) {
                break;
            }
            frac.append(fd);
            k++;
        }
        BigDecimal whole = pending == null ? BigDecimal.ZERO : shortForm(pending, pendingAfter, arabic);
        pending = whole.add(new BigDecimal(frac.toString()));
        pendingAfter = 0;
        digitRun = false;
        chinese |= point == '点' || point == '點';
        lastLevel = 0;
        bigBefore = false;
        i = k;
        return true;
    }

    /** 一千多万, 十余万, 二十几万, 一百零几万: the round figure is the lower bound. */
    private boolean lowerBound(char c) {
        if (c == '几' || c == '幾') {
            if (pending != null) {
                return false;
            }
            pending = BigDecimal.ZERO;
        }
        approx = true;
        bigBefore = false;
        i++;
        return true;
    }

    /** 一打 = 12: the dozen closes the expression. */
    private void dozen() {
        BigDecimal total = total().multiply(BigDecimal.valueOf(12));
        terms.clear();
        terms.add(new Term(total, 1));
        pending = null;
        dozen = true;
        i++;
        end = i;
    }

    private BigDecimal total() {
        BigDecimal total = BigDecimal.ZERO;
        for (Term t : terms) {
            total = total.add(t.value());
        }
        if (pending != null) {
            total = total.add(shortForm(pending, pendingAfter, arabic));
        }
        return total;
    }

    /** 两千三 = 2300, 一万五 = 15000: a last digit right after 百/千/万/亿 counts in the next lower place. */
    private static BigDecimal shortForm(BigDecimal digit, long after, boolean arabic) {
        if (after >= 100 && !arabic && digit.scale() <= 0 && digit.compareTo(BigDecimal.TEN) < 0) {
            return digit.multiply(BigDecimal.valueOf(after / 10));
        }
        return digit;
    }
}
