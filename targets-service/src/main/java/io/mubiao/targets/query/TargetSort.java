package io.mubiao.targets.query;

import java.util.List;
import java.util.Map;

/**
 * The {@code sort} parameter of {@code GET /targets}: {@code document} (default: by document, then position in the
 * text), {@code year}, {@code value}, {@code indicator}, each ascending or, with a leading {@code -}, descending.
 * Ties are always broken by document and position, so pages are stable. Figures without a year sort last.
 */
public enum TargetSort {
    DOCUMENT, YEAR, YEAR_DESC, VALUE, VALUE_DESC, INDICATOR, INDICATOR_DESC;

    static final Map<String, TargetSort> BY_NAME = Map.of("document", DOCUMENT, "year", YEAR, "-year", YEAR_DESC,
            "value", VALUE, "-value", VALUE_DESC, "indicator", INDICATOR, "-indicator", INDICATOR_DESC);

    /** One sort key: a {@code TargetRecord} field, descending or not, nulls last or not. */
    public record Key(String field, boolean descending, boolean nullsLast) {
    }

    public static TargetSort parse(String value) {
        String v = Checks.oneOf("sort", value, BY_NAME.keySet());
        return v == null ? DOCUMENT : BY_NAME.get(v);
    }

    public List<Key> keys() {
        List<Key> tail = List.of(new Key("documentId", false, false), new Key("ordinal", false, false));
        List<Key> head = switch (this) {
            case DOCUMENT -> List.of();
            case YEAR -> List.of(new Key("yearFrom", false, true), new Key("yearTo", false, true));
            case YEAR_DESC -> List.of(new Key("yearFrom", true, true), new Key("yearTo", true, true));
            case VALUE -> List.of(new Key("value", false, false));
            case VALUE_DESC -> List.of(new Key("value", true, false));
            case INDICATOR -> List.of(new Key("indicatorKey", false, false), new Key("indicator", false, false));
            case INDICATOR_DESC -> List.of(new Key("indicatorKey", true, false), new Key("indicator", true, false));
        };
        return java.util.stream.Stream.concat(head.stream(), tail.stream()).toList();
    }
}
