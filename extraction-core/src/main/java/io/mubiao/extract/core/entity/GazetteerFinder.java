package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dictionary finder: every gazetteer unit of the line is a candidate with its entry's type and canonical form;
 * HanLP place words ending in 市/区/县 are LOCATION guesses; a place followed by 委 is its party committee (天津市委);
 * a rail line keeps its section (京滨城际南段). Departments are left to {@link DepartmentFinder}.
 */
final class GazetteerFinder implements NameFinder {

    /** A section of a line: 南段, 一期, 阜阳至黄冈段, 河南段 (雄商高铁河南段). */
    static final Pattern RAIL_TAIL = Pattern.compile(
            "^([东西南北中]段|[一二三四五]期|延长线|支线|\\p{IsHan}{2,4}至\\p{IsHan}{2,4}段|[（(]?\\p{IsHan}{2}段[）)]?)");

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
            out.add(new Span(u.start(), end, e.type(), e.canonical(), 1));
        }
    }

    private static boolean isLine(String c) {
        return c.endsWith("城际") || c.endsWith("高铁") || c.endsWith("铁路") || c.endsWith("线") || c.endsWith("高速");
    }
}
