package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectCountsTest {
    /** The figures of {@code s} as "text kept|dropped". */
    private static List<String> marked(String s) {
        List<ClauseFigure> fs = ClauseLayout.of(s, 0, s.length(), MentionScanner.scan(s, 0, s.length()));
        SubjectCounts.mark(s, fs);
        return fs.stream().map(f -> s.substring(f.mention.start(), f.mention.end()) + (f.dropped ? " dropped" : " kept"))
                .toList();
    }

    @Test
    void aCountNamingTheSubjectOfARateIsDropped() {
        assertEquals(List.of("12条 dropped", "3.5% kept"), marked("12条重点产业链增加值增长3.5%。"));
    }

    @Test
    void aCountGroupingTheNextCountIsDropped() {
        assertEquals(List.of("7个 dropped", "25项 kept"), marked("聚焦7个方面25项重点任务。"));
        assertEquals(List.of("12类 dropped", "45件 kept"), marked("今年将办好12类45件民生实事。"), "right before the next count");
    }

    @Test
    void aCountThatNamesTheSubjectOfAnotherCount() {
        assertEquals(List.of("6家 dropped", "130余项 kept"), marked("6家海河实验室开展重大课题130余项。"));
    }

    @Test
    void countsOfTheirOwnAreKept() {
        assertEquals(List.of("580种 kept", "26种 kept"), marked("集中采购580种药品和26种医用耗材。"));
        assertEquals(List.of("5% kept", "3% kept"), marked("地区生产总值增长5%，一般公共预算收入增长3%。"));
    }

    @Test
    void theBaseOfAChangeIsAFigureOfItsOwn() {
        assertEquals(List.of("518家 kept", "731家 kept"), marked("上市公司从518家增加到731家。"));
    }
}
