package io.mubiao.targets.query;

import io.mubiao.contracts.vocabulary.DocumentStatus;
import io.mubiao.web.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * The filters of {@code GET /documents}: genre (exact), the document's date range (ISO dates, inclusive), status,
 * and free text over title, file name and issuer.
 */
public record DocumentFilter(String genre, LocalDate dateFrom, LocalDate dateTo, String status, String q, String region) {
    public static final Set<String> STATUSES = DocumentStatus.wireValues();

    public static DocumentFilter of(String genre, String dateFrom, String dateTo, String status, String q) {
        return of(genre, dateFrom, dateTo, status, q, null);
    }

    /** @param region 天津, 天津市, 津, 全国 …: normalized as documents store it */
    public static DocumentFilter of(String genre, String dateFrom, String dateTo, String status, String q, String region) {
        LocalDate from = date("dateFrom", dateFrom);
        LocalDate to = date("dateTo", dateTo);
        if (from != null && to != null && from.isAfter(to)) {
            throw new ProblemException(400, "Bad Request", "'dateFrom' (" + from + ") is after 'dateTo' (" + to + ").");
        }
        String s = status == null ? null : status.strip().toUpperCase(java.util.Locale.ROOT);
        return new DocumentFilter(Checks.text("genre", genre), from, to, Checks.oneOf("status", s, STATUSES),
                Checks.text("q", q), Checks.region("region", region));
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "Bad Request", "'" + name + "' must be a date like 2025-01-14; got '"
                    + Checks.abbreviate(value) + "'.");
        }
    }
}
