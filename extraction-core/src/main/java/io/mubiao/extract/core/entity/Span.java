package io.mubiao.extract.core.entity;

/**
 * A candidate name in line coordinates, [start, end), with its type and canonical form. {@code tier} breaks ties
 * between candidates of equal length (frames 3 over rules 2 over gazetteer names 1 over weak guesses 0).
 */
record Span(int start, int end, String type, String canonical, int tier) {

    /** The type of a stretch that is no entity and hides the names inside it (习近平新时代中国特色社会主义思想). */
    static final String NOT_A_NAME = "NONE";

    Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty span [" + start + ", " + end + ")");
        }
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }
}
