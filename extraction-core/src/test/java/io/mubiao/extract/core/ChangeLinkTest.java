package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChangeLinkTest {
    @Test
    void aLinkAfterAChangeIsNoPartOfIt() {
        assertEquals("能耗累计下降", ChangeLink.strip("能耗累计下降超"));
        assertEquals("降幅", ChangeLink.strip("降幅达"));
        assertEquals("增长", ChangeLink.strip("增长超过"));
    }

    @Test
    void aLinkAfterAnythingElseStays() {
        assertEquals("营业收入超", ChangeLink.strip("营业收入超"), "a level bounded by 超 is no change");
        assertEquals("超", ChangeLink.strip("超"));
    }
}
