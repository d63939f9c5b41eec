package io.mubiao.extract.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fractions and percentages in words: X分之Y with a power of ten of 100 or more is a percentage (百分之五 → 5 %,
 * 千分之三 → 0.3 %, 百分之百 → 100 %); any other denominator gives a fraction with an empty unit, to four places
 * (三分之一 → 0.3333, 四分之三 → 0.75), as does one written in digits (1/3).
 */
final class FractionFigures {
    /** 1/3, 1/10 as written in digits: a fraction (dates and units such as 微克/立方米 do not match). */
    private static final Pattern SLASH_FRACTION = Pattern.compile("(?<![0-9０-９./])([0-9]{1,3})/([0-9]{1,4})(?![0-9./])");

    private FractionFigures() {
    }

    /** X分之Y. */
    static void inWords(String region, FigureClaims claims) {
        if (!FigurePattern.has(region, "分之")) {
            return;
        }
        int at = region.indexOf("分之");
        while (at >= 0) {
            int ds = at;
            while (ds > 0 && Numerals.isNumeral(region.charAt(ds - 1))) {
                ds--;
            }
            Double den = ds < at ? NumberParser.parse(region.substring(ds, at)) : null;
            NumberParser.Reading num = NumberParser.read(region, at + 2, region.length());
            if (den != null && den >= 2 && num != null && !num.approx()) {
                BigDecimal d = BigDecimal.valueOf(den);
                BigDecimal n = BigDecimal.valueOf(num.value());
                boolean powerOfTen = den >= 100 && Math.log10(den) == Math.rint(Math.log10(den));
                if (powerOfTen) {
                    double v = n.multiply(BigDecimal.valueOf(100)).divide(d, MathContext.DECIMAL64).doubleValue();
                    claims.claim(ds, num.end(), v, "%", null, null);
                } else if (num.value() > 0 && num.value() < den) {
                    claims.claim(ds, num.end(), n.divide(d, 4, RoundingMode.HALF_UP).doubleValue(), "", null, null);
                }
            }
            at = region.indexOf("分之", at + 2);
        }
    }

    /** 1/3 in digits: a proper fraction only. */
    static void slashed(String region, FigureClaims claims) {
        Matcher m = SLASH_FRACTION.matcher(FigurePattern.has(region, "/") ? region : "");
        while (m.find()) {
            double a = Double.parseDouble(m.group(1));
            double b = Double.parseDouble(m.group(2));
            if (a > 0 && a < b) {
                double v = BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 4, RoundingMode.HALF_UP).doubleValue();
                claims.claim(m.start(), m.end(), v, "", null, null);
            }
        }
    }
}
