package io.mubiao.extract.core;

import io.mubiao.contracts.vocabulary.Measure;
import io.mubiao.contracts.vocabulary.TargetKind;
import io.mubiao.contracts.vocabulary.ValueComparator;
import io.mubiao.extract.core.table.TableEvidence;
import java.util.List;

/**
 * One quantitative target (planned) or achievement (reported) with its evidence.
 * Field meanings follow shared/eval/SCHEMA.md. Kind, measure and comparator are wire values of the vocabularies in
 * {@code contracts}, checked when the target is made (a misspelt one fails here, not in a consumer downstream) and
 * read typed through {@link #targetKind()}, {@link #measureType()} and {@link #valueComparator()}; the strings stay
 * the record's components so that the JSON the CLI and the events write is unchanged.
 *
 * @param kind        {@code target} or {@code achievement}: a wire value of {@link io.mubiao.contracts.vocabulary.TargetKind}
 * @param measure     {@code amount}, {@code rate}, {@code share} or {@code delta} ({@link io.mubiao.contracts.vocabulary.Measure})
 * @param value       the number in {@link #unit()}, signed for rate/delta; the lower bound of a range
 * @param valueMax    the upper bound of a range (4.5%-5%), else null
 * @param comparator  {@code approx}, {@code at_least}, {@code at_most} or {@code exact}
 *                    ({@link io.mubiao.contracts.vocabulary.ValueComparator})
 * @param year        "2025", a span "2021-2025", or null when unknown
 * @param start       offset of {@link #quote()} in the document text (inclusive)
 * @param end         offset of the end of the quote (exclusive)
 * @param theme       the code of the policy theme the target is filed under ({@link ThemeClassifier})
 * @param section     heading path from the outermost heading down, empty when none
 * @param sentenceStart offset of {@link #sentence()} in the document text (inclusive)
 * @param sentenceEnd   offset of the end of the sentence (exclusive)
 * @param table         for a figure read from a table cell: caption, row, column header and 属性; else null
 *                      (the quote is then the cell, the sentence the row)
 */
public record Target(
        String quote,
        String indicator,
        String subject,
        String kind,
        String measure,
        double value,
        Double valueMax,
        String unit,
        String comparator,
        String year,
        Double normalizedValue,
        String baseUnit,
        String theme,
        int start,
        int end,
        String sentence,
        List<String> section,
        int sentenceStart,
        int sentenceEnd,
        TableEvidence table) {

    public Target {
        TargetKind.of(kind);
        Measure.of(measure);
        ValueComparator.of(comparator);
    }

    /** A figure of the running text (no table). */
    public Target(String quote, String indicator, String subject, String kind, String measure, double value, Double valueMax,
                  String unit, String comparator, String year, Double normalizedValue, String baseUnit, String theme,
                  int start, int end, String sentence, List<String> section, int sentenceStart, int sentenceEnd) {
        this(quote, indicator, subject, kind, measure, value, valueMax, unit, comparator, year, normalizedValue, baseUnit,
                theme, start, end, sentence, section, sentenceStart, sentenceEnd, null);
    }

    public TargetKind targetKind() {
        return TargetKind.of(kind);
    }

    public Measure measureType() {
        return Measure.of(measure);
    }

    public ValueComparator valueComparator() {
        return ValueComparator.of(comparator);
    }

    /** The same target for another year (a table cell's evidence kept). */
    public Target withYear(String y) {
        return new Target(quote, indicator, subject, kind, measure, value, valueMax, unit, comparator, y,
                normalizedValue, baseUnit, theme, start, end, sentence, section, sentenceStart, sentenceEnd, table);
    }

    /** The same target filed under {@code code}. */
    public Target withTheme(String code) {
        return new Target(quote, indicator, subject, kind, measure, value, valueMax, unit, comparator, year,
                normalizedValue, baseUnit, code, start, end, sentence, section, sentenceStart, sentenceEnd, table);
    }
}
