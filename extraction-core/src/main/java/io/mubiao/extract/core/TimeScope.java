package io.mubiao.extract.core;

/**
 * What the text around a figure says about time: whether it reports (achievement) or plans
 * (target), and the year or span of years it speaks of. Any part may be unknown (null).
 */
public record TimeScope(String kind, Integer from, Integer to) {
    public static final TimeScope NONE = new TimeScope(null, null, null);

    public static TimeScope year(String kind, Integer y) {
        return new TimeScope(kind, y, y);
    }

    public boolean isSpan() {
        return from != null && to != null && !from.equals(to);
    }

    /** "2025", "2021-2025" or null. */
    public String yearText() {
        if (from == null || to == null) {
            return null;
        }
        return isSpan() ? from + "-" + to : String.valueOf(from);
    }

    /** This scope with unknown parts filled from {@code outer}. */
    public TimeScope orElse(TimeScope outer) {
        if (outer == null) {
            return this;
        }
        return new TimeScope(kind != null ? kind : outer.kind, from != null ? from : outer.from, from != null ? to : outer.to);
    }
}
