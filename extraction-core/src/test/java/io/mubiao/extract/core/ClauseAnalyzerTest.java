package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseAnalyzerTest {
    private static List<String> indicators(String s) {
        return ClauseAnalyzer.analyze(s, 0, s.length(), MentionScanner.scan(s, 0, s.length())).stream()
                .map(d -> d.indicator() + " " + s.substring(d.mention().start(), d.mention().end())).toList();
    }

    @Test
    void theTextBeforeAFigureNamesIt() {
        assertEquals(List.of("地区生产总值 5%", "一般公共预算收入 3%"),
                indicators("全市地区生产总值增长5%，一般公共预算收入增长3%。"));
        assertEquals(List.of("新建健身场地设施 730处"), indicators("新建730处健身场地设施。"));
    }

    @Test
    void eachFigureOfAListGoesToItsSubject() {
        assertEquals(List.of("国家级专精特新小巨人企业 283家", "制造业单项冠军企业 38家"),
                indicators("国家级专精特新小巨人企业、制造业单项冠军企业分别增至283家、38家。"));
    }

    @Test
    void aClauseWithoutItsOwnSubjectInheritsThePreviousOne() {
        assertEquals(List.of("集装箱吞吐量 6.9%", "集装箱吞吐量 2100万标准箱"),
                indicators("集装箱吞吐量增长6.9%，突破2100万标准箱。"));
    }

    @Test
    void countsThatOnlyDescribeASubjectAreDropped() {
        assertEquals(List.of("重点产业链增加值 3.5%"), indicators("12条重点产业链增加值增长3.5%。"));
    }

    @Test
    void helpers() {
        assertEquals("地区生产总值", ClauseAnalyzer.subjectOf("地区生产总值连续迈上万亿元台阶"));
        assertEquals(8, ClauseAnalyzer.lastTopLevel("天美、（甲、乙）和", "、和及等"));
        assertEquals(-1, ClauseAnalyzer.lastTopLevel("实验室（甲、乙）", "、和及等"), "marks inside brackets do not count");
    }

    @Test
    void bothFiguresOfAChangeNameTheIndicator() {
        assertEquals(List.of("生产总值 4.16万亿元", "生产总值 5.67万亿元"),
                indicators("全市生产总值从4.16万亿元增加到5.67万亿元。"));
    }

    @Test
    void aRunOfYearsOrBothNameNothingAndTheSubjectCarriesOver() {
        assertEquals(List.of("一般公共预算收入 3.7万亿元", "一般公共预算收入 18.7%"),
                indicators("一般公共预算收入累计完成3.7万亿元，5年增长18.7%。"));
        assertEquals(List.of("贷款余额连跨万亿元台阶 4个", "贷款余额 9万亿元"),
                indicators("贷款余额连跨4个万亿元台阶、双双突破9万亿元。"));
    }
}
