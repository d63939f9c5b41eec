package io.mubiao.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetQueryTest {

    @Test
    void filtersBecomeTheServiceConditionsInOrder() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("kind", "target");
        p.put("year", "2025");
        p.put("q", "50%_增长");
        TargetQuery q = new TargetQuery("t", p, 2, 20);
        var c = q.condition();
        assertEquals("kind = ? and year_from <= ? and year_to >= ? and (quote like ? or indicator like ?)", c.getKey());
        assertEquals(List.of("target", 2025, 2025, "%50\\%\\_增长%", "%50\\%\\_增长%"), c.getValue());
        assertTrue(q.pageSql().endsWith("where " + c.getKey() + " order by document_id, ordinal offset ? rows fetch first ? rows only"));
        assertEquals("select count(*) from targets where " + c.getKey(), q.countSql());
        assertEquals("kind=target&year=2025&q=50%25_%E5%A2%9E%E9%95%BF&page=2&size=20", q.queryString());
    }

    @Test
    void yearRangeAndNoFilter() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("yearFrom", "2021");
        p.put("yearTo", "2025");
        assertEquals("year_to >= ? and year_from <= ?", new TargetQuery("r", p, 0, 20).condition().getKey());
        assertEquals("1 = 1", new TargetQuery("all", Map.of(), 0, 20).condition().getKey());
    }

    @Test
    void theTypicalMixUsesTheGivenDataAndDistinctNames() {
        List<TargetQuery> mix = TargetQuery.typicalMix("doc1", "地区生产总值", "亿元");
        assertEquals(mix.size(), mix.stream().map(TargetQuery::name).distinct().count());
        assertTrue(mix.stream().anyMatch(q -> "doc1".equals(q.params().get("document"))));
        assertTrue(mix.stream().anyMatch(q -> "地区生产总值".equals(q.params().get("indicator"))));
        mix.forEach(q -> q.condition()); // every filter of the mix is one the service knows
    }
}
