package io.mubiao.extract.core;

/**
 * One way a figure is written that is not a number followed by a unit: a rank (位居全国第三), a fraction in words
 * (三分之一), a half (过半), a fixed reading (翻一番). {@link MentionScanner} runs them in turn before the numbers.
 */
@FunctionalInterface
interface FigurePattern {
    /** Claims the figures this pattern reads in {@code region}, the stretch of text {@code claims} covers. */
    void find(String region, FigureClaims claims);

    /** Cheap literal test that spares a regex scan of stretches that cannot match. */
    static boolean has(String region, String... literals) {
        for (String l : literals) {
            if (region.contains(l)) {
                return true;
            }
        }
        return false;
    }
}
