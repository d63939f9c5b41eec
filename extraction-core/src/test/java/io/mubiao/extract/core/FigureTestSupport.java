package io.mubiao.extract.core;

import java.util.List;
import java.util.function.BiConsumer;

/** Runs one figure pattern, or the whole scanner, on a sentence; figures print as "text value unit comparator". */
final class FigureTestSupport {
    private FigureTestSupport() {
    }

    static List<String> pattern(BiConsumer<String, FigureClaims> p, String sentence) {
        FigureClaims claims = new FigureClaims(0, sentence.length());
        p.accept(sentence, claims);
        return claims.mentions().stream().map(m -> show(sentence, m)).toList();
    }

    static List<String> scan(String sentence) {
        return MentionScanner.scan(sentence, 0, sentence.length()).stream().map(m -> show(sentence, m)).toList();
    }

    static String show(String sentence, Mention m) {
        String v = m.value() == Math.rint(m.value()) ? String.valueOf((long) m.value()) : String.valueOf(m.value());
        return sentence.substring(m.start(), m.end()) + " " + v + (m.valueMax() == null ? "" : "-" + m.valueMax())
                + " " + m.unit() + " " + m.comparator();
    }
}
