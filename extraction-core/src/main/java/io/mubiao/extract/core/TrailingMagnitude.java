package io.mubiao.extract.core;

/**
 * The magnitude a unit takes from the end of a number expression: 一千二百万元 is 1200 万元, 4.78万亿元 is 4.78
 * 万亿元, 5千万元 is 5 千万元. A figure keeps its unit as written, magnitude included (shared/eval/SCHEMA.md).
 */
final class TrailingMagnitude {
    private TrailingMagnitude() {
    }

    /**
     * The run of 万/亿 at the end of {@code s[start, end)} (一千二百万 → 万, 4.78万亿 → 万亿), with a 千/百 written
     * right after the Arabic digits that start it (5千万 → 千万; 1千3百万 → 万); 多/余 inside it are skipped
     * (一千多万 → 万). Null when the run is not a magnitude of {@link Units}.
     */
    static String trailing(CharSequence s, int start, int end, boolean arabic) {
        StringBuilder run = new StringBuilder();
        for (int k = end - 1; k >= start; k--) {
            char c = s.charAt(k);
            long u = Numerals.chineseUnit(c);
            if (u >= 10_000) {
                run.insert(0, u == 10_000 ? '万' : '亿');
            } else if (Numerals.isApprox(c) && run.length() > 0 || Numerals.isApprox(c) && k == end - 1) {
                continue;
            } else if ((u == 100 || u == 1000) && run.length() > 0 && k > start && arabic && onlyArabic(s, start, k)) {
                run.insert(0, u == 100 ? '百' : '千');
                break;
            } else {
                break;
            }
        }
        String m = run.toString();
        while (!m.isEmpty() && Units.multiplier(m) == 1) {
            m = m.substring(1); // 万万 → 万
        }
        return m.isEmpty() ? null : m;
    }

    private static boolean onlyArabic(CharSequence s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!Numerals.isDigit(c) && c != '.' && c != '．') {
                return false;
            }
        }
        return true;
    }
}
