package io.mubiao.extract.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The base year of a change measured from a named base: 较2020年下降25%, 比2020年增加36天,
 * 较“十三五”末改善16.5%, 与2012年相比. SCHEMA.md: such a change runs from the base to the year
 * measured ("2020-2025"); the base year is not the figure's year.
 */
final class BaseYear {
    static final Pattern YEAR = Pattern.compile("(?:比|较|相比|相较|与|同)“?((?:19|20)\\d\\d)年(?:末|底)?");
    private static final Pattern PLAN_END = Pattern.compile("(?:比|较|相比|相较|与|同)“?十([一二三四五六七八九])五”?末");

    private BaseYear() {
    }

    /** The base year named in {@code clause} (the text before the figure), or null. */
    static Integer find(String clause) {
        Matcher m = YEAR.matcher(clause);
        Integer year = null;
        int at = -1;
        while (m.find()) {
            year = Integer.parseInt(m.group(1));
            at = m.start();
        }
        Matcher p = PLAN_END.matcher(clause);
        while (p.find()) {
            if (p.start() > at) {
                int[] span = TimeCues.planPeriod(p.group());
                year = span == null ? year : span[1];
                at = p.start();
            }
        }
        return year;
    }

    /** "base-end" when a base is named and the end is later, else null. */
    static String span(Integer base, Integer end) {
        return base == null || end == null || end <= base ? null : base + "-" + end;
    }
}
