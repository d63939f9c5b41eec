package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListSubjectsTest {
    private static List<String> indicators(String s) {
        return ClauseAnalyzer.analyze(s, 0, s.length(), MentionScanner.scan(s, 0, s.length())).stream()
                .map(d -> d.indicator() + " " + s.substring(d.mention().start(), d.mention().end())).toList();
    }

    @Test
    void aPairedCompoundStandsForItsTwoMembers() {
        assertEquals(List.of("城镇居民人均可支配收入", "农村居民人均可支配收入"),
                ListSubjects.paired("城乡居民人均可支配收入", "城乡居民人均可支配收入分别达", 2));
        assertNull(ListSubjects.paired("城乡居民人均可支配收入", "城乡居民人均可支配收入分别达", 3), "three values are no pair");
        assertNull(ListSubjects.paired("进出口总额", "进出口总额接连突破", 2), "one indicator passing two levels");
    }

    @Test
    void valuesWithoutASubjectFollowTheListBefore() {
        assertEquals(List.of("国内游客 4.16亿人次", "入境游客 936万人次", "国内游客 6.7%", "入境游客 39.6%"),
                indicators("国内游客4.16亿人次、入境游客936万人次，分别增长6.7%、39.6%。"));
        assertEquals(List.of("城镇居民人均可支配收入 6.9万元", "农村居民人均可支配收入 3.4万元",
                "城镇居民人均可支配收入 4.2%", "农村居民人均可支配收入 5.3%"),
                indicators("城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%。"));
    }

    @Test
    void aRankEachOfTheListHoldsIsOneRankPerSubject() {
        assertEquals(List.of("国家级数字领航企业 18家", "工业互联网平台 46家", "国家级数字领航企业数量全国排名 居全国首位",
                "工业互联网平台数量全国排名 居全国首位"), indicators("国家级数字领航企业18家、工业互联网平台46家，均居全国首位。"));
        assertEquals(List.of("研发人员 159万人", "研发人员全国排名 居全国首位"), indicators("研发人员达159万人，居全国首位。"),
                "one subject, no 均: the rank is its own");
    }

    @Test
    void oneFigureEachSubjectReaches() {
        assertEquals(List.of("新能源汽车产量 30%", "工业机器人产量 30%"), indicators("新能源汽车、工业机器人产量均增长30%。"),
                "the items share the last one's measured head");
        assertEquals(List.of("锂离子动力电池产量 20%以上", "新能源汽车产量 20%以上"),
                indicators("锂离子动力电池、新能源汽车等绿色产品产量均增长20%以上。"), "均 after examples: each of them");
        assertEquals(List.of("飞机、船舶、海工平台跨境租赁业务 30%"), indicators("飞机、船舶、海工平台跨境租赁业务增长30%。"),
                "short modifiers qualify one subject");
        assertEquals(List.of("限上仓储会员店、集合店零售额 15.7%"), indicators("限上仓储会员店、集合店零售额合计增长15.7%。"),
                "合计: one figure of them together");
    }

    @Test
    void shortModifiersShareOneSubjectAnd分别SaysEach() {
        assertEquals(List.of("省级零碳、近零碳工厂 30家"), indicators("省级零碳、近零碳工厂30家。"));
        assertEquals(List.of("国家现代农业产业园 2个", "优势特色产业集群 2个"), indicators("国家现代农业产业园、优势特色产业集群分别增加2个。"));
    }
}
