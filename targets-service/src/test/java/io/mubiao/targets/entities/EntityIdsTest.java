package io.mubiao.targets.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityIdsTest {
    @Test
    void stableAcrossSpellingOfWidthAndSpaceButNotAcrossTypes() {
        String id = EntityIds.of("FACILITY", "天开高教科创园");
        assertTrue(id.matches("[0-9a-f]{16}"));
        assertEquals(id, EntityIds.of("facility", " 天开高教科创园 "));
        assertNotEquals(id, EntityIds.of("ORG", "天开高教科创园"));
    }

    @Test
    void aTargetTakesTheMentionsOfItsSentenceOrElseOfItsQuote() {
        List<TargetEntityLinks.Mention> mentions = List.of(new TargetEntityLinks.Mention("a", 0, 2),
                new TargetEntityLinks.Mention("b", 5, 9), new TargetEntityLinks.Mention("a", 12, 14),
                new TargetEntityLinks.Mention("c", 18, 22));
        assertEquals(List.of("a", "b"), TargetEntityLinks.entitiesWithin(TargetEntityLinks.range(5, 9, 0, 15), mentions));
        assertEquals(List.of("b"), TargetEntityLinks.entitiesWithin(TargetEntityLinks.range(4, 10, null, null), mentions));
        assertEquals(List.of(), TargetEntityLinks.entitiesWithin(TargetEntityLinks.range(15, 20, null, null), mentions),
                "a mention crossing the end is not inside");
    }
}
