package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.Set;

/**
 * A department with its administrative prefix (市发展改革委, 市委组织部, 天津市人民政府, 绍兴市政府): the department
 * word of {@code departments.tsv} grown leftwards over 市/区/县, a place, a body (市委) or 国家/中央. Without a prefix
 * generic departments (组织部, 政府) are not names; the congress, the CPPCC and the people's organisations are
 * (接受人大和政协监督, 支持工会、妇联).
 */
final class DepartmentFinder implements NameFinder {

    private final Set<String> generic;
    private final Set<String> standalone;

    DepartmentFinder(CueLexicon cues) {
        this.generic = cues.set("generic-departments");
        this.standalone = cues.set("standalone-bodies");
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        for (int idx = 0; idx < line.units.size(); idx++) {
            Unit u = line.unit(idx);
            if (u.named() && u.entry().kind() == Gazetteer.Kind.DEPARTMENT) {
                department(line, idx, out);
            }
        }
    }

    private void department(LineContext line, int idx, List<Span> out) {
        String s = line.s;
        Unit u = line.unit(idx);
        String name = line.text(u);
        int start = prefixStart(line, idx);
        if (start == u.start() && !standalone.contains(name) && (generic.contains(name) || name.length() < 3)) {
            return;
        }
        if (start >= 2 && s.startsWith("中共", start - 2)) {
            start -= 2;
        }
        out.add(new Span(start, u.end(), "ORG", canonical(line, start, idx), 2));
    }

    private static int prefixStart(LineContext line, int idx) {
        Unit u = line.unit(idx);
        int j = idx - 1;
        if (j < 0) {
            return u.start();
        }
        Unit p = line.unit(j);
        String pt = line.text(p);
        boolean placeBefore = j >= 1 && line.unit(j - 1).isType("LOCATION");
        if (p.named() && p.entry().kind() == Gazetteer.Kind.BODY && PlaceBodyFinder.placeBefore(line, j)) {
            return line.unit(j - 1).start(); // 上海 + 市人民政府 + 办公厅
        } else if (p.named() && (p.entry().kind() == Gazetteer.Kind.BODY || p.isType("LOCATION"))) {
            return p.start();
        } else if (p.length() == 1 && LineContext.ADMIN_CHARS.indexOf(pt.charAt(0)) >= 0) {
            return placeBefore ? line.unit(j - 1).start() : p.start(); // (天津 +) 市 + 发展改革委
        } else if (pt.equals("委") && placeBefore) {
            return line.unit(j - 1).start(); // 天津市 委 组织部
        } else if (line.isAdminPlace(p) || pt.equals("国家") || pt.equals("中央")) {
            return p.start();
        }
        return u.start();
    }

    /** The full name: gazetteer units of the prefix and the department by their canonical forms (绍兴市人民政府). */
    private static String canonical(LineContext line, int start, int idx) {
        String s = line.s;
        StringBuilder b = new StringBuilder();
        for (int k = line.unitIndexAt(start); k <= idx; k++) {
            Unit p = line.unit(k);
            int from = Math.max(start, p.start());
            boolean named = from == p.start() && p.named()
                    && (p.isType("LOCATION") || p.entry().kind() == Gazetteer.Kind.DEPARTMENT);
            // 天津 + 市 + 发展改革委: the place keeps its written form when the admin character follows
            boolean adminNext = k < idx && p.end() < s.length() && LineContext.ADMIN_CHARS.indexOf(s.charAt(p.end())) >= 0;
            b.append(named && !adminNext ? p.entry().canonical() : s.substring(from, p.end()));
        }
        return b.toString();
    }
}
