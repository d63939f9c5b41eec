package io.mubiao.extract.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases with a fixed reading as a rate: 两位数增长 (at least 10 %, 三位数 100 %), 翻一番 / 翻番 (+100 %),
 * 翻两番 (+300 %: four times), 持平略增 (at least 0 %).
 */
final class FixedReadings {
    private static final Pattern DIGITS_CLASS = Pattern.compile("([两三])位数");
    private static final Pattern DOUBLING = Pattern.compile("翻(一|两|二)?番");
    private static final Pattern FLAT_OR_UP = Pattern.compile("持平略增|持平略升");

    private FixedReadings() {
    }

    /** 两位数 → at least 10 %, 三位数 → at least 100 %. */
    static void digitsClass(String region, FigureClaims claims) {
        Matcher m = DIGITS_CLASS.matcher(FigurePattern.has(region, "位数") ? region : "");
        while (m.find()) {
            double v = "两".equals(m.group(1)) ? 10 : 100;
            claims.claim(m.start(), m.end(), v, "%", "at_least", "rate");
        }
    }

    /** 翻一番 doubles (+100 %), 翻两番 quadruples (+300 %). */
    static void doubling(String region, FigureClaims claims) {
        Matcher m = DOUBLING.matcher(FigurePattern.has(region, "番") ? region : "");
        while (m.find()) {
            double v = m.group(1) == null || "一".equals(m.group(1)) ? 100 : 300;
            claims.claim(m.start(), m.end(), v, "%", null, "rate");
        }
    }

    /** 持平略增: no fall, at least 0 %. */
    static void flatOrUp(String region, FigureClaims claims) {
        Matcher m = FLAT_OR_UP.matcher(FigurePattern.has(region, "持平") ? region : "");
        while (m.find()) {
            claims.claim(m.start(), m.end(), 0, "%", "at_least", "rate");
        }
    }
}
