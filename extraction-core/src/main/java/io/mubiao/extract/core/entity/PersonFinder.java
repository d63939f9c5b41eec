package io.mubiao.extract.core.entity;

import java.util.List;

/**
 * Persons by their cues ({@link PersonCues}): a title before or a speech verb after, and a common surname. A place is
 * no person's name: 我代表|江苏省人民政府 reads 代表 as a title, but 江苏 is a province (a gazetteer place, or a word
 * the segmenter knows as a place). A name ends where a word ends (高校职称: 称 is no speech verb there).
 */
final class PersonFinder implements NameFinder {

    private final PersonCues cues;

    PersonFinder(Gazetteer gazetteer, CueLexicon lexicon) {
        this.cues = new PersonCues(gazetteer, lexicon);
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        for (int[] p : cues.find(line.s, line::insideName)) {
            if (!place(line, p[0], p[1]) && endsAWord(line, p[1])) {
                out.add(new Span(p[0], p[1], "PERSON", line.s.substring(p[0], p[1]), 2));
            }
        }
    }

    /** A name ends where a word ends: 高校职|称 is no name before the speech verb 称, which is inside 职称. */
    private static boolean endsAWord(LineContext line, int end) {
        return end >= line.length() || line.unitAt(end).start() == end;
    }

    static boolean place(LineContext line, int start, int end) {
        Gazetteer.Entry e = line.gazetteer.lookup(line.s.substring(start, end));
        if (e != null && "LOCATION".equals(e.type())) {
            return true;
        }
        Unit u = line.unitAt(start);
        return u.start() == start && u.end() == end && u.nature().startsWith("ns");
    }
}
