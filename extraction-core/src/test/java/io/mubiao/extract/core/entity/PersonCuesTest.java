package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A person needs a title before or a speech verb after, and a common surname; the word lists are data. */
class PersonCuesTest {

    private final PersonCues cues = new PersonCues(Gazetteer.get(), CueLexicon.get());

    private List<String> names(String s) {
        return cues.find(s, (a, b) -> false).stream().map(p -> s.substring(p[0], p[1])).distinct().toList();
    }

    @Test
    void aTitleBeforeOrASpeechVerbAfter() {
        assertEquals(List.of("张工"), names("市长张工在报告中指出，"));
        assertEquals(List.of("李明"), names("，李明表示，今年将加快建设。"));
        assertEquals(List.of("欧阳明"), names("新闻发言人欧阳明说"));
    }

    @Test
    void noSurnameOrNoCueIsNoName() {
        assertTrue(names("市长在报告中说").isEmpty());
        assertTrue(names("张工在报告中").isEmpty());
        assertTrue(names("部长会议召开").isEmpty()); // 会 cannot be inside a given name
    }

    @Test
    void theTitlesAndVerbsAreData() {
        assertTrue(CueLexicon.get().set("person-titles").contains("市长"));
        assertTrue(CueLexicon.get().set("speech-verbs").contains("表示"));
    }
}
