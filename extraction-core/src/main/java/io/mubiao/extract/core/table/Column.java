package io.mubiao.extract.core.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a column of a table holds, read from its header: 2020年 → figures of 2020; 2023年（基数） → measured in
 * 2023; 年均增长（%） → average annual growth in %; 属性 → 预期性 / 约束性. The header words are data
 * ({@code extraction/table-words.txt}).
 *
 * @param role   what the column holds
 * @param year   the year its header names, or null
 * @param unit   the unit its header gives in brackets (年均增长（%） → %), or null
 * @param header the header's text; start/end its offsets (of the first header cell)
 */
record Column(Role role, Integer year, String unit, String header, int start, int end) {
    enum Role { SKIP, INDICATOR, UNIT, ATTRIBUTE, GROWTH, CUMULATIVE, ACHIEVED, PLANNED, VALUE, NONE }

    private static final java.util.Map<String, Role> HEADER_ROLES = java.util.Map.of("skip", Role.SKIP,
            "indicator", Role.INDICATOR, "unit", Role.UNIT, "attribute", Role.ATTRIBUTE, "growth", Role.GROWTH,
            "cumulative", Role.CUMULATIVE, "achieved", Role.ACHIEVED, "planned", Role.PLANNED);
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*年?");

    /** The column of a header; a year with no word is a {@code VALUE} column, its kind told by the year. */
    static Column of(String header, int start, int end) {
        String h = header.strip();
        Role role = Role.NONE;
        for (String[] w : TableWords.ALL) {
            Role r = HEADER_ROLES.get(w[0]);
            if (r != null && h.contains(w[1])) {
                role = r;
                break;
            }
        }
        Matcher y = YEAR.matcher(h);
        Integer year = y.find() ? Integer.valueOf(y.group(1)) : null;
        if (year != null && (role == Role.NONE || role == Role.INDICATOR)) {
            role = Role.VALUE;
        }
        return new Column(role, year, RowUnits.bracketedUnit(h), h, start, end);
    }

    /** A column whose cells may hold figures. */
    boolean holdsFigures() {
        return role == Role.VALUE || role == Role.ACHIEVED || role == Role.PLANNED || role == Role.GROWTH
                || role == Role.CUMULATIVE;
    }
}
