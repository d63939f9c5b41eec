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
}
