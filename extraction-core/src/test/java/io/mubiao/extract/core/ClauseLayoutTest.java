package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the figures of a sentence are laid out in their clauses, and which counts only describe a subject. */
class ClauseLayoutTest {
    private static List<ClauseFigure> layout(String s) {
        List<ClauseFigure> fs = ClauseLayout.of(s, 0, s.length(), MentionScanner.scan(s, 0, s.length()));
        SubjectCounts.mark(s, fs);
        return fs;
    }

    @Test
    void aJoinerSeparatesTwoCountsAndANounAfterACountIsItsObject() {
        List<ClauseFigure> fs = layout("集中采购580种药品和26种医用耗材。");
        assertEquals(2, fs.size());
        assertTrue(fs.get(1).separated, "和 closes the first count's noun");
        assertTrue(fs.get(0).prefixCount);
        assertEquals("药品", fs.get(0).post.strip());
        assertEquals("集中采购", fs.get(0).pre);
    }

    @Test
    void figuresOfDifferentClausesAreNotJoined() {
        List<ClauseFigure> fs = layout("地区生产总值增长5%，一般公共预算收入增长3%。");
        assertEquals(2, fs.size());
        assertFalse(fs.get(0).sameClause(fs.get(1)));
        assertFalse(fs.get(1).separated);
        assertEquals("一般公共预算收入增长", fs.get(1).pre);
    }

    @Test
    void aCountThatNamesTheSubjectOfARateIsNoStatement() {
        List<ClauseFigure> fs = layout("12条重点产业链增加值增长3.5%。");
        assertTrue(fs.get(0).dropped);
        assertFalse(fs.get(1).dropped);
    }

    @Test
    void aCountThatGroupsTheNextIsNoStatement() {
        List<ClauseFigure> fs = layout("明确7个方面25项重点任务。");
        assertTrue(fs.get(0).dropped);
        assertFalse(fs.get(1).dropped);
    }

    @Test
    void aCountThatDescribesItsSubjectIsNoStatement() {
        List<ClauseFigure> fs = layout("12条重点产业链带动作用持续显现。");
        assertTrue(fs.get(0).dropped);
    }

    @Test
    void anInheritedNameKeepsOnlyTheSubject() {
        assertEquals("地区生产总值", ClauseAnalyzer.subjectOf("地区生产总值连续迈上万亿元台阶"));
        assertEquals("城镇新增就业", ClauseAnalyzer.subjectOf("城镇新增就业"));
    }
}
