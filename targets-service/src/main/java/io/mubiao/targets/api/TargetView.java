package io.mubiao.targets.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mubiao.targets.store.TargetRecord;
import java.util.Arrays;
import java.util.List;

/** A target as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetView(
        long id,
        String document,
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
        List<String> section) {

    public static TargetView of(TargetRecord r) {
        return new TargetView(r.id, r.documentId, r.indicator, r.subject, r.kind, r.measure, r.value, r.valueMax,
                r.unit, r.comparator, r.year, r.normalizedValue, r.baseUnit, r.theme, r.quote, r.sentence, r.start,
                r.end, r.section == null ? List.of() : Arrays.asList(r.section.split(" › ")));
    }
}
