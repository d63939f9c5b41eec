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

    @Test
    void aPlaceIsNoPersonsName() {
        PersonFinder f = new PersonFinder(Gazetteer.get(), CueLexicon.get());
        assertTrue(Lines.span(f, "现在，我代表江苏省人民政府向大会报告工作", "江苏").isEmpty()); // 代表 read as a title
        assertEquals("PERSON", Lines.span(f, "我代表刘江说，", "刘江").orElseThrow().type());
    }

    @Test
    void aNameEndsWhereAWordEnds() {
        PersonFinder f = new PersonFinder(Gazetteer.get(), CueLexicon.get());
        assertTrue(Lines.find(f, "探索推进职务科技成果赋权改革、高校职称分类评聘改革").isEmpty()); // 称 inside 职称
        assertEquals("PERSON", Lines.span(f, "，李明表示，今年将加快建设。", "李明").orElseThrow().type());
    }
}
