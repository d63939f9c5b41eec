package io.mubiao.targets.store;

/** A target's year as stored: "2025" or a plan period "2021-2025", with its bounds for range queries. */
public record YearSpan(Integer from, Integer to) {
    public static final YearSpan NONE = new YearSpan(null, null);

    public static YearSpan parse(String year) {
        if (year == null || year.isBlank()) {
            return NONE;
        }
        String[] parts = year.strip().split("-");
        try {
            int from = Integer.parseInt(parts[0]);
            int to = parts.length > 1 ? Integer.parseInt(parts[1]) : from;
            return new YearSpan(from, to);
        } catch (NumberFormatException e) {
            return NONE;
        }
    }
}
