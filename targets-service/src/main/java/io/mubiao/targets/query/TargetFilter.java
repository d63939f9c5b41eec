package io.mubiao.targets.query;

import io.mubiao.contracts.vocabulary.Measure;
import io.mubiao.contracts.vocabulary.TargetKind;
import io.mubiao.contracts.vocabulary.ValueComparator;
import io.mubiao.web.ProblemException;
import java.util.List;
import java.util.Set;

/**
 * The filters of {@code GET /targets}, validated, as an HQL condition with named parameters. Unknown enum values and
 * impossible years are refused with a message naming the accepted values.
 *
 * @param indicator    substring of the indicator text; also matches every target whose key is {@code indicatorKey}
 * @param indicatorKey the key the synonym resource gives {@code indicator} (null when no indicator filter)
 * @param theme        a theme code, already checked against the taxonomy
 * @param entityIds    the entities the {@code entity} parameter resolved to; null = no entity filter, empty = matches
 *                     nothing
 * @param region       a region's normalized name (天津 → 天津市), null for every region
 */
public record TargetFilter(String indicator, String indicatorKey, String kind, String measure, String comparator,
                           String theme, Integer year, Integer yearFrom, Integer yearTo, String document, String q,
                           List<String> entityIds, String region) {
    public static final Set<String> KINDS = TargetKind.wireValues();
    public static final Set<String> MEASURES = Measure.wireValues();
    public static final Set<String> COMPARATORS = ValueComparator.wireValues();
    public static final int MIN_YEAR = 1949;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_TEXT = 200;

    public TargetFilter {
        kind = Checks.oneOf("kind", kind, KINDS);
        measure = Checks.oneOf("measure", measure, MEASURES);
        comparator = Checks.oneOf("comparator", comparator, COMPARATORS);
        checkYear("year", year);
        checkYear("yearFrom", yearFrom);
        checkYear("yearTo", yearTo);
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new ProblemException(400, "Bad Request", "'yearFrom' (" + yearFrom + ") is after 'yearTo' (" + yearTo + ").");
        }
        indicator = Checks.text("indicator", indicator);
        document = Checks.text("document", document);
        q = Checks.text("q", q);
        region = Checks.region("region", region);
    }

    /** Without a region filter. */
    public TargetFilter(String indicator, String indicatorKey, String kind, String measure, String comparator,
                        String theme, Integer year, Integer yearFrom, Integer yearTo, String document, String q,
                        List<String> entityIds) {
        this(indicator, indicatorKey, kind, measure, comparator, theme, year, yearFrom, yearTo, document, q, entityIds, null);
    }

    /** Only the simple filters (no key, theme or entity). */
    public static TargetFilter of(String indicator, String kind, String measure, String comparator, Integer year,
                                  Integer yearFrom, Integer yearTo, String document, String q) {
        return new TargetFilter(indicator, null, kind, measure, comparator, null, year, yearFrom, yearTo, document, q, null);
    }

    private static void checkYear(String name, Integer year) {
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            throw new ProblemException(400, "Bad Request",
                    "'" + name + "' must be between " + MIN_YEAR + " and " + MAX_YEAR + "; got " + year + ".");
        }
    }
}
