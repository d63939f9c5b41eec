package io.mubiao.extract.core.entity;

import java.util.List;

/**
 * A generic body of {@code bodies.tsv} (省人民政府, 市政府, 省委) grown over the place written right before it: the
 * segmenter cuts 江苏省人民政府 into 江苏 + 省人民政府, and the body the text names is the province's own
 * (我代表江苏省人民政府, 河南省人民政府省长王凯, 中共江苏省委). The place is a HanLP place word or a gazetteer place,
 * and the body opens with its administrative level (省, 市, 区, 县).
 */
final class PlaceBodyFinder implements NameFinder {

    @Override
    public void find(LineContext line, List<Span> out) {
        for (int idx = 1; idx < line.units.size(); idx++) {
            Unit u = line.unit(idx);
            if (u.named() && u.entry().kind() == Gazetteer.Kind.BODY && placeBefore(line, idx)) {
                int start = line.unit(idx - 1).start();
                if (start >= 2 && line.s.startsWith("中共", start - 2)) {
                    start -= 2;
                }
                String text = line.s.substring(start, u.end());
                out.add(new Span(start, u.end(), "ORG", text, 2));
            }
        }
    }

    /**
     * Whether unit {@code idx} opens with an administrative level and the unit before it is a place (江苏 + 省委,
     * 上海 + 市人民政府): then the body belongs to that place.
     */
    static boolean placeBefore(LineContext line, int idx) {
        Unit body = line.unit(idx);
        if (idx == 0 || LineContext.ADMIN_CHARS.indexOf(line.s.charAt(body.start())) < 0) {
            return false;
        }
        Unit p = line.unit(idx - 1);
        return p.isType("LOCATION") || !p.named() && (p.nature().equals("ns") || p.nature().equals("nsf"));
    }
}
