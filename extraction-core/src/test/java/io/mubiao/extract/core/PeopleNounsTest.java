package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PeopleNounsTest {
    @Test
    void peopleCountedWithoutAClassifier() {
        assertTrue(PeopleNouns.startsAt("帮助30万群众就业", 5));
        assertTrue(PeopleNouns.startsAt("接待100万游客", 6));
        assertTrue(PeopleNouns.startsAt("20万就业困难人员", 3), "a short modifier before the noun");
    }

    @Test
    void notPeople() {
        assertFalse(PeopleNouns.startsAt("新增30万吨产能", 3));
        assertFalse(PeopleNouns.startsAt("30万、群众", 3), "not across punctuation");
        assertFalse(PeopleNouns.startsAt("30万套保障性住房建设", 3), "people noun too far");
    }
}
