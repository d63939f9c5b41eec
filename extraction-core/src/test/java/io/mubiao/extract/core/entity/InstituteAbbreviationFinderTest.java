package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Institutes by their short names in a list. */
class InstituteAbbreviationFinderTest {

    private final InstituteAbbreviationFinder f = new InstituteAbbreviationFinder();

    @Test
    void shortNamesEndingIn院Or所() {
        assertEquals(List.of("北化院", "石科院"), Lines.texts(f, "燕山石化绿色新材料、北化院、石科院等向南港集聚发展"));
        assertEquals(List.of("工生所", "天大前沿院"), Lines.texts(f, "工生所、天大前沿院、华熙生物入选国家首批平台"));
    }

    @Test
    void wordsParticlesAndPhrasesAreNot() {
        assertTrue(Lines.find(f, "加强与科研院所、高校合作，设立派出所，法院").isEmpty());
        assertTrue(Lines.find(f, "办好民生所盼的实事").isEmpty());
        assertTrue(Lines.find(f, "深化府院、府检联动").isEmpty());
    }
}
