package io.mubiao.extract.core.entity;

import java.util.List;

/** Persons by their cues ({@link PersonCues}): a title before or a speech verb after, and a common surname. */
final class PersonFinder implements NameFinder {

    private final PersonCues cues;

    PersonFinder(Gazetteer gazetteer, CueLexicon lexicon) {
        this.cues = new PersonCues(gazetteer, lexicon);
    }

    @Override
    public void find(LineContext line, List<Span> out) {
        for (int[] p : cues.find(line.s, line::insideName)) {
            out.add(new Span(p[0], p[1], "PERSON", line.s.substring(p[0], p[1]), 2));
        }
    }
}
