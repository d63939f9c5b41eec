package io.mubiao.extract.core.entity;

import java.util.List;

/**
 * Doctrines and slogans that are not entities, nor are the names inside them (shared/eval/SCHEMA.md): the fixed
 * phrases of {@code [doctrines]} (毛泽东思想, 中国特色社会主义, 美丽中国) and a leader's name followed within one clause by
 * 思想 or 理论 (习近平新时代中国特色社会主义思想, 习近平经济思想, 邓小平理论). They are emitted as {@link Span#NOT_A_NAME}
 * spans: being longer they win the overlap, and the recognizer drops them, so neither 习近平 nor 中国 is taken from them.
 */
final class DoctrineFinder implements NameFinder {

    /** The longest stretch between a leader's name and 思想/理论 (新时代中国特色社会主义 has 10 characters). */
    private static final int MAX_GAP = 12;
    private static final String CLAUSE_END = "，。；：！？、（）()“”《》 \t";

    private final List<String> phrases;

    DoctrineFinder(CueLexicon cues) {
        this.phrases = cues.section("doctrines");
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        String s = line.s;
        for (String p : phrases) {
            for (int i = s.indexOf(p); i >= 0; i = s.indexOf(p, i + p.length())) {
                out.add(new Span(i, i + p.length(), Span.NOT_A_NAME, p, 3));
            }
        }
        for (Unit u : line.units) {
            if (u.isType("PERSON")) {
                int end = doctrineEnd(s, u.end());
                if (end > 0) {
                    out.add(new Span(u.start(), end, Span.NOT_A_NAME, s.substring(u.start(), end), 3));
                }
            }
        }
    }

    /** The end of 思想/理论 within {@link #MAX_GAP} characters of one clause after {@code from}, or -1. */
    private static int doctrineEnd(String s, int from) {
        for (int i = from; i + 2 <= s.length() && i - from <= MAX_GAP; i++) {
            if (CLAUSE_END.indexOf(s.charAt(i)) >= 0) {
                return -1;
            }
            if (s.startsWith("思想", i) || s.startsWith("理论", i)) {
                return i + 2;
            }
        }
        return -1;
    }
}
