package io.mubiao.extract.core.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered metro lines with their system word, phase or section (地铁4号线, Z4号线一期, 7号线一期南段, 11号线延伸线), and
 * the items of a list of lines closed by 等地铁 or 等轨道交通 (B1、Z2等地铁建设; 崇明线、南枫线、19号线等轨道交通线).
 */
final class MetroLineFinder implements NameFinder {

    private static final Pattern METRO_LINE = Pattern.compile(
            "(地铁|轨道交通|轨道|[MZB])?(\\d{1,2}号线|[A-Z]\\d{1,2}线)(一期|二期|三期)?(东段|西段|南段|北段|延伸线|[东南西北]延伸)?");
    /** The closing of a list of lines: the items before it are metro lines. */
    private static final Pattern LIST_END = Pattern.compile("等(地铁|轨道交通|轨道)");
    /** An item of such a list: a line code (B1, Z2) or a line named by a place (崇明线, 上海示范区线). */
    private static final Pattern LIST_ITEM = Pattern.compile("[A-Z]\\d{1,2}|\\p{IsHan}{2,6}线");

    @Override
    public void find(LineContext line, List<Span> out) {
        String s = line.s;
        if (s.indexOf("号线") < 0 && !LIST_END.matcher(s).find()) {
            return;
        }
        Matcher m = METRO_LINE.matcher(s);
        while (m.find()) {
            // a bare 4号线 is a line only with its system word, a phase or section, or after 地 (地铁): 新增3号线 is ambiguous
            if (m.group(1) != null || m.group(3) != null || m.group(4) != null
                    || m.start() > 0 && s.charAt(m.start() - 1) == '地' || inList(s, m.start(), m.end())) {
                out.add(new Span(m.start(), m.end(), "FACILITY", m.group(), 2));
            }
        }
        listItems(s, out);
    }

    /** The items between 、 before 等地铁 (not the first, which holds the clause's verb: 加快推进|7号线…). */
    private static void listItems(String s, List<Span> out) {
        Matcher end = LIST_END.matcher(s);
        while (end.find()) {
            int e = end.start();
            for (int sep = s.lastIndexOf('、', e - 1); sep >= 0; sep = s.lastIndexOf('、', e - 1)) {
                if (clauseBreak(s, sep + 1, e)) {
                    break;
                }
                String item = s.substring(sep + 1, e);
                if (LIST_ITEM.matcher(item).matches() && !item.contains("号线")) {
                    out.add(new Span(sep + 1, e, "FACILITY", item, 2));
                }
                e = sep;
            }
        }
    }

    /** Whether [st, en) sits in a list closed by 等地铁 within its clause. */
    private static boolean inList(String s, int st, int en) {
        Matcher end = LIST_END.matcher(s);
        return end.find(en) && !clauseBreak(s, en, end.start()) && (st == 0 || s.charAt(st - 1) == '、');
    }

    private static boolean clauseBreak(String s, int st, int en) {
        for (int i = st; i < en; i++) {
            if ("，。；：！？“”".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
