package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dictionary finder: every gazetteer unit of the line is a candidate with its entry's type and canonical form;
 * HanLP place words ending in 市/区/县 are LOCATION guesses; a place followed by 委 is its party committee (天津市委);
 * a rail line keeps its section (京滨城际南段), a river its bracketed section (大运河（天津段）), a new area the city
 * before it (南京江北新区). Departments are left to {@link DepartmentFinder}.
 */
final class GazetteerFinder implements NameFinder {

    /** A section of a line: 南段, 一期, 阜阳至黄冈段, 河南段 (雄商高铁河南段). */
    static final Pattern RAIL_TAIL = Pattern.compile(
            "^([东西南北中]段|[一二三四五]期|延长线|支线|\\p{IsHan}{2,4}至\\p{IsHan}{2,4}段|[（(]?\\p{IsHan}{2}段[）)]?)");
    /** The section of a river or canal in brackets is part of the place's mention: 大运河（天津段）. */
    private static final Pattern SECTION = Pattern.compile("^[（(]\\p{IsHan}{2,4}段[）)]");

    @Override
    public void find(LineContext line, List<Span> out) {
        String s = line.s;
        for (Unit u : line.units) {
            if (!u.named()) {
                if (line.isAdminPlace(u)) {
                    out.add(new Span(u.start(), u.end(), "LOCATION", line.text(u), 0));
                }
                continue;
            }
            Gazetteer.Entry e = u.entry();
            if (e.kind() == Gazetteer.Kind.DEPARTMENT) {
                continue;
            }
            int end = u.end();
            if (u.isType("LOCATION") && end < s.length() && s.charAt(end) == '委'
                    && LineContext.ADMIN_CHARS.indexOf(s.charAt(end - 1)) >= 0) {
                int start = u.start() >= 2 && s.startsWith("中共", u.start() - 2) ? u.start() - 2 : u.start();
                out.add(new Span(start, end + 1, "ORG", s.substring(u.start(), end + 1), 1)); // 天津市委
                continue;
            }
            if (u.isType("FACILITY") && isLine(e.canonical())) {
                Matcher m = RAIL_TAIL.matcher(s).region(end, s.length());
                if (m.lookingAt()) {
                    out.add(new Span(u.start(), m.end(), e.type(), e.canonical() + s.substring(end, m.end()), 1));
                    continue;
                }
            }
            if (u.isType("LOCATION") && located(line, u, out)) {
                continue;
            }
            out.add(new Span(u.start(), end, e.type(), e.canonical(), 1));
        }
    }

    /**
     * A place's mention that takes a neighbour: a bracketed section (大运河（天津段）), or the city before a new area of
     * the gazetteer, which opens its official name (南京江北新区, not 南京 + 江北新区). True when a span was added.
     */
    private static boolean located(LineContext line, Unit u, List<Span> out) {
        String s = line.s;
        Matcher m = SECTION.matcher(s).region(u.end(), s.length());
        if (m.lookingAt()) {
            out.add(new Span(u.start(), m.end(), "LOCATION", s.substring(u.start(), m.end()), 1));
            return true;
        }
        int idx = line.unitIndexAt(u.start());
        if (line.text(u).endsWith("新区") && idx > 0 && line.unit(idx - 1).isType("LOCATION")) {
            int start = line.unit(idx - 1).start();
            out.add(new Span(start, u.end(), "LOCATION", s.substring(start, u.end()), 1));
            return true;
        }
        return false;
    }

    private static boolean isLine(String c) {
        return c.endsWith("城际") || c.endsWith("高铁") || c.endsWith("铁路") || c.endsWith("线") || c.endsWith("高速");
    }
}
