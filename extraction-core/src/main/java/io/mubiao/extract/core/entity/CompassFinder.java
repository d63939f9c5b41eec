package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compass direction that points inside a place names no region: a corner or side (西北角, 东北角“一站两区间”, 东南部)
 * and a list of three or more directions (推动东北、西北、西南、东南四个片区内城市…) are spans of type
 * {@link Span#NOT_A_NAME}, which win the overlap over the regions 东北, 西北, 西南 of the gazetteer and are then dropped.
 * A direction on its own stays the region (推动新时代东北全面振兴, 西南首家).
 */
final class CompassFinder implements NameFinder {

    private static final String DIRECTION = "(?:东北|西北|西南|东南)";
    private static final Pattern CORNER = Pattern.compile(DIRECTION + "[角部侧隅]");
    private static final Pattern LIST = Pattern.compile(DIRECTION + "(?:[、和及]" + DIRECTION + "){2,}");

    @Override
    public void find(LineContext line, List<Span> out) {
        for (Pattern p : new Pattern[] {CORNER, LIST}) {
            Matcher m = p.matcher(line.s);
            while (m.find()) {
                out.add(new Span(m.start(), m.end(), Span.NOT_A_NAME, "", 3));
            }
        }
    }
}
