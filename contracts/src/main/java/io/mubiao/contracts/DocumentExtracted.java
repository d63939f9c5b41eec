package io.mubiao.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * {@code mubiao.document.extracted.v1} on {@link Topics#DOCUMENTS_EXTRACTED}: the whole result of one
 * document. Consumers replace everything they held for {@code documentId} with it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentExtracted(
        String documentId,
        String extractorVersion,
        Instant extractedAt,
        List<ExtractedTarget> targets,
        List<ExtractedEntity> entities) {

    /**
     * One quantitative target or reported figure with its evidence. Field meanings: docs/events.md and
     * shared/eval/SCHEMA.md. {@code start}/{@code end} delimit the quote and {@code sentenceStart}/{@code sentenceEnd}
     * the sentence in the ingested text; entity mentions inside the sentence are the target's entities.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExtractedTarget(
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
            String quote,
            String sentence,
            int start,
            int end,
            List<String> section,
            Integer sentenceStart,
            Integer sentenceEnd,
            String attribute,
            TableCell table) {

        /** A figure of the running text: no 属性, no table. */
        public ExtractedTarget(String indicator, String subject, String kind, String measure, double value, Double valueMax,
                               String unit, String comparator, String year, Double normalizedValue, String baseUnit,
                               String theme, String quote, String sentence, int start, int end, List<String> section,
                               Integer sentenceStart, Integer sentenceEnd) {
            this(indicator, subject, kind, measure, value, valueMax, unit, comparator, year, normalizedValue, baseUnit,
                    theme, quote, sentence, start, end, section, sentenceStart, sentenceEnd, null, null);
        }
    }

    /**
     * Where a figure read from a table stands (the quote is then the cell, the sentence the row's line): the
     * table's caption, the row and the column header, each with its offsets in the ingested text.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TableCell(
            String caption,
            Integer captionStart,
            Integer captionEnd,
            String row,
            int rowStart,
            int rowEnd,
            String column,
            Integer columnStart,
            Integer columnEnd) {
    }

    /** One entity mention. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExtractedEntity(
            String text,
            String type,
            String canonical,
            int start,
            int end) {
    }
}
