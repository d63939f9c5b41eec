package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The body inside a word for its member. */
class MemberWordFinderTest {

    private final MemberWordFinder f = new MemberWordFinder(CueLexicon.get());

    @Test
    void theCongressInsideItsDeputies() {
        assertEquals(List.of("人大"), Lines.texts(f, "向各位人大代表、政协委员，向各民主党派致以敬意"));
        assertEquals("ORG", Lines.find(f, "各位人大代表").get(0).type());
    }

    @Test
    void noMemberWordNoBody() {
        assertTrue(Lines.find(f, "代表大会审议").isEmpty());
        assertTrue(Lines.find(f, "办理省人大代表建议").isEmpty()); // 省人大 is found as a body of its own
    }
}
