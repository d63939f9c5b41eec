package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class YearResolverTest {
    private static TimeScope local(String sentence, String figure, Integer docYear, String genre) {
        return YearResolver.local(sentence, 0, sentence.indexOf(figure), docYear, genre);
    }

    private static String resolve(TimeScope scope, String sentence, String figure) {
        int at = sentence.indexOf(figure);
        Mention m = MentionScanner.scan(sentence, at, sentence.length()).get(0);
        String pre = sentence.substring(0, at);
        return YearResolver.resolve(scope, pre, IndicatorPhrases.core(pre), "amount", m,
                sentence.substring(m.start(), m.end()), 2026);
    }

    @Test
    void aYearWrittenBeforeTheFigureWins() {
        assertEquals(TimeScope.year("target", 2027), local("到2027年，数字经济核心产业增加值占比达到12%", "12", 2026, null));
        assertEquals(TimeScope.year("achievement", 2025), local("2025年全市地区生产总值增长5.2%", "5.2", 2026, null));
        assertEquals(TimeScope.year("achievement", 2025), local("到“十四五”末，森林覆盖率达到", "达到", 2026, null),
                "the end of a plan named as a time");
        assertEquals(new TimeScope("achievement", 2021, 2025), local("“十四五”时期，全市累计新增就业", "新增", 2026, null));
    }

    @Test
    void elseATimeWordOrThePresentOfADatedGenre() {
        assertEquals(TimeScope.year("target", 2026), local("今年地区生产总值预期增长5%左右", "5", 2026, null));
        assertEquals(TimeScope.year("achievement", 2026), local("目前全市已建成5G基站8万个", "8", 2026, "新闻发布会"));
        assertEquals(TimeScope.NONE, local("全市已建成5G基站8万个", "8", 2026, "新闻发布会"));
    }

    @Test
    void inAReviewALevelIsTheLastYearsAndAFlowTheSpan() {
        TimeScope review = new TimeScope("achievement", 2021, 2025);
        assertEquals("2025", resolve(review, "地区生产总值达到14.2万亿元", "14.2"));
        assertEquals("2021-2025", resolve(review, "新增就业603.7万人", "603.7"));
        assertEquals("2020-2025", resolve(review, "单位地区生产总值能耗较2020年下降13.5%", "13.5"),
                "a change from a named base runs from it");
        Mention streak = new Mention(2, 4, 4, 5, null, "%", null, null, 3); // a figure covering 3 years (连续3年)
        assertEquals("2024-2026", YearResolver.resolve(TimeScope.year("achievement", 2026), "连续3年保持增长", "", "rate",
                streak, "5%", 2026), "a streak in a one-year scope ends with it");
        assertNull(resolve(TimeScope.NONE, "地区生产总值达到14.2万亿元", "14.2"));
    }
}
