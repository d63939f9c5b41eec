package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Persons need a cue and a common surname. */
class PersonFinderTest {

    @Test
    void personsNeedACue() {
        PersonFinder f = new PersonFinder(Gazetteer.get(), CueLexicon.get());
        assertEquals("PERSON", Lines.span(f, "市长张工在报告中说，成绩显著。", "张工").orElseThrow().type());
        assertTrue(Lines.find(f, "白向东").isEmpty());
    }
}
