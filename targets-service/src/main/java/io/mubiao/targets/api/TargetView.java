package io.mubiao.targets.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mubiao.contracts.DocumentExtracted.TableCell;
import io.mubiao.contracts.vocabulary.EntityType;
import io.mubiao.contracts.vocabulary.Measure;
import io.mubiao.contracts.vocabulary.TargetKind;
import io.mubiao.contracts.vocabulary.ValueComparator;
import io.mubiao.targets.store.TargetRecord;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A target as the API shows it. {@code documentInfo} and {@code entities} are filled by {@code GET /targets/{id}}
 * only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Target", description = "A quantitative target or reported figure with its evidence")
public record TargetView(
        long id,
        String document,
        @Schema(description = "The area the target's document speaks for: 全国, a province (天津市), a city or district") String region,
        @Schema(enumeration = {"national", "province", "city", "district"}) String regionLevel,
        String indicator,
        @Schema(description = "Grouping key of the indicator across documents and wordings (GET /indicators)") String indicatorKey,
        String subject,
        @Schema(type = SchemaType.STRING, implementation = TargetKind.class) String kind,
        @Schema(type = SchemaType.STRING, implementation = Measure.class) String measure,
        double value,
        Double valueMax,
        String unit,
        @Schema(type = SchemaType.STRING, implementation = ValueComparator.class) String comparator,
        @Schema(description = "\"2025\" or a span \"2021-2025\"") String year,
        Double normalizedValue,
        String baseUnit,
        @Schema(description = "Theme code of the taxonomy (GET /themes)") String theme,
        String quote,
        String sentence,
        @Schema(description = "Offset of the quote in the document's text (GET /documents/{id}/text)") int start,
        int end,
        Integer sentenceStart,
        Integer sentenceEnd,
        List<String> section,
        String extractorVersion,
        @Schema(description = "The 属性 a plan's indicator table gives the figure: 预期性 (expected) or 约束性 (binding); "
                + "absent when none") String attribute,
        @Schema(description = "For a figure read from a table cell: the caption, the row and the column header with "
                + "their offsets in the document's text (the quote is the cell, the sentence the row); absent otherwise")
        TableCell table,
        DocumentInfo documentInfo,
        List<EntityRef> entities) {

    /** The document a target comes from, as GET /targets/{id} shows it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentInfo(String id, String title, java.time.LocalDate date, String genre) {
    }

    /** An entity of a target's sentence. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntityRef(String id, String text, @Schema(type = SchemaType.STRING, implementation = EntityType.class) String type, String canonical) {
    }

    public static final List<String> CSV_COLUMNS = List.of("id", "document", "indicator", "indicatorKey", "subject",
            "kind", "measure", "value", "valueMax", "unit", "comparator", "year", "normalizedValue", "baseUnit", "theme",
            "quote", "sentence", "start", "end", "sentenceStart", "sentenceEnd", "section", "extractorVersion", "region",
            "regionLevel", "attribute");

    public static TargetView of(TargetRecord r) {
        return new TargetView(r.id, r.documentId, r.region, r.regionLevel, r.indicator, r.indicatorKey, r.subject, r.kind, r.measure, r.value,
                r.valueMax, r.unit, r.comparator, r.year, r.normalizedValue, r.baseUnit, r.theme, r.quote, r.sentence,
                r.start, r.end, r.sentenceStart, r.sentenceEnd,
                r.section == null ? List.of() : Arrays.asList(r.section.split(" › ")), r.extractorVersion, r.attribute,
                tableCell(r), null, null);
    }

    private static TableCell tableCell(TargetRecord r) {
        if (r.tableRowStart == null) {
            return null;
        }
        return new TableCell(r.tableCaption, r.tableCaptionStart, r.tableCaptionEnd, r.tableRow, r.tableRowStart,
                r.tableRowEnd, r.tableColumn, r.tableColumnStart, r.tableColumnEnd);
    }

    public TargetView with(DocumentInfo info, List<EntityRef> refs) {
        return new TargetView(id, document, region, regionLevel, indicator, indicatorKey, subject, kind, measure, value, valueMax, unit,
                comparator, year, normalizedValue, baseUnit, theme, quote, sentence, start, end, sentenceStart,
                sentenceEnd, section, extractorVersion, attribute, table, info, refs);
    }

    /** The CSV fields in the order of {@link #CSV_COLUMNS}, numbers written as in the JSON. */
    public List<Object> csvFields() {
        return Arrays.asList(id, document, indicator, indicatorKey, subject, kind, measure, value, valueMax, unit,
                comparator, year, normalizedValue, baseUnit, theme, quote, sentence, start, end, sentenceStart,
                sentenceEnd, String.join(" › ", section), extractorVersion, region, regionLevel, attribute);
    }
}
