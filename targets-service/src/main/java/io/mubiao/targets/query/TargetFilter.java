package io.mubiao.targets.query;

import io.mubiao.web.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filters of {@code GET /targets}, validated, as a Panache query with named parameters.
 * Unknown enum values and impossible years are refused with a message naming the accepted values.
 */
public record TargetFilter(String indicator, String kind, String measure, String comparator, Integer year,
                           Integer yearFrom, Integer yearTo, String document, String q) {
    static final Set<String> KINDS = Set.of("target", "achievement");
    static final Set<String> MEASURES = Set.of("amount", "rate", "share", "delta");
    static final Set<String> COMPARATORS = Set.of("approx", "at_least", "at_most", "exact");
    static final int MIN_YEAR = 1949;
    static final int MAX_YEAR = 2100;
    static final int MAX_TEXT = 200;

    public TargetFilter {
        check("kind", kind, KINDS);
        check("measure", measure, MEASURES);
        check("comparator", comparator, COMPARATORS);
        checkYear("year", year);
        checkYear("yearFrom", yearFrom);
        checkYear("yearTo", yearTo);
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new ProblemException(400, "Bad Request", "'yearFrom' (" + yearFrom + ") is after 'yearTo' (" + yearTo + ").");
        }
        checkText("indicator", indicator);
        checkText("document", document);
        checkText("q", q);
    }

    /** The HQL condition ("1 = 1" when unfiltered) and its parameters. */
    public Map.Entry<String, Map<String, Object>> toQuery() {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (indicator != null && !indicator.isBlank()) {
            where.add("indicator like :indicator");
            params.put("indicator", "%" + escapeLike(indicator.strip()) + "%");
        }
        if (kind != null) {
            where.add("kind = :kind");
            params.put("kind", kind);
        }
        if (measure != null) {
            where.add("measure = :measure");
            params.put("measure", measure);
        }
        if (comparator != null) {
            where.add("comparator = :comparator");
            params.put("comparator", comparator);
        }
        if (year != null) {
            // A plan-period target (2021-2025) counts for every year of its span.
            where.add("yearFrom <= :year and yearTo >= :year");
            params.put("year", year);
        }
        if (yearFrom != null) {
            where.add("yearTo >= :yearFrom");
            params.put("yearFrom", yearFrom);
        }
        if (yearTo != null) {
            where.add("yearFrom <= :yearTo");
            params.put("yearTo", yearTo);
        }
        if (document != null && !document.isBlank()) {
            where.add("documentId = :document");
            params.put("document", document.strip());
        }
        if (q != null && !q.isBlank()) {
            where.add("(quote like :q or indicator like :q)");
            params.put("q", "%" + escapeLike(q.strip()) + "%");
        }
        String condition = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return Map.entry(condition, params);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void check(String name, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new ProblemException(400, "Bad Request",
                    "Unknown " + name + " '" + abbreviate(value) + "'; use one of " + allowed.stream().sorted().toList() + ".");
        }
    }

    private static void checkYear(String name, Integer year) {
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            throw new ProblemException(400, "Bad Request",
                    "'" + name + "' must be between " + MIN_YEAR + " and " + MAX_YEAR + "; got " + year + ".");
        }
    }

    private static void checkText(String name, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new ProblemException(400, "Bad Request", "'" + name + "' is longer than " + MAX_TEXT + " characters.");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
