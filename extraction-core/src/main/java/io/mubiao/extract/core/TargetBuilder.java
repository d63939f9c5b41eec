package io.mubiao.extract.core;

import java.util.List;

/**
 * Turns a figure tied to its indicator ({@link Draft}) into a {@link Target}: one rule class per
 * field — {@link MeasureClassifier}, {@link Signs}, {@link Comparators}, {@link KindClassifier},
 * {@link YearResolver} — read in the scope of its passage.
 */
final class TargetBuilder {
    /** What the whole document tells every figure: its text, its year, a plan's own period and its genre (or null). */
    record DocumentContext(String text, Integer docYear, TimeScope docScope, String genre) {
    }

    private TargetBuilder() {
    }

    static Target build(DocumentContext doc, TextSpan sentence, Draft d, TimeScope outer, List<String> section) {
        String text = doc.text();
        Mention m = d.mention();
        if (d.comparator() != null && m.comparator() == null) {
            m = m.withComparator(d.comparator());
        }
        TimeScope scope = YearResolver.local(text, sentence.start(), m.start(), doc.docYear(), doc.genre()).orElse(outer);
        String measure = MeasureClassifier.classify(d.pre(), d.indicator(), m);
        int sign = Signs.of(d.pre(), measure);
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
        String comparator = Comparators.resolve(d.pre(), m, after);
        int qs = Math.max(sentence.start(), d.quoteStart());
        int qe = Math.max(d.quoteEnd(), m.end());
        TimeScope base = ChangeBase.scope(d.pre(), scope); // 从518家|增加到731家: the base is the last period's level
        boolean isBase = base != scope;
        scope = base;
        String kind = isBase ? base.kind() : KindClassifier.classify(scope, text.substring(qs, qe), doc.docYear(), doc.genre());
        String figure = text.substring(m.start(), m.end());
        String year = YearResolver.resolve(new TimeScope(kind, scope.from(), scope.to()), d.pre(), d.indicator(), measure, m, figure,
                doc.docYear());
        double value = m.valueMax() != null && "at_most".equals(comparator)
                ? m.valueMax() // a ceiling stated as a range (1—1.5小时交通圈) is its upper bound
                : m.value();
        double signed = sign * value;
        String unit = m.unit();
        return new Target(text.substring(qs, qe), d.indicator(), d.subject(), kind, measure, signed,
                m.valueMax() == null ? null : sign * m.valueMax(), unit, comparator, year, Units.normalize(signed, unit),
                Units.baseUnit(unit), null, qs, qe, sentence.of(text), List.copyOf(section),
                sentence.start(), sentence.end());
    }
}
