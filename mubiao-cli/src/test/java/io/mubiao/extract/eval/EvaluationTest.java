package io.mubiao.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scorer port follows score.py: base units, overlap of quotes, one gold per prediction. */
class EvaluationTest {
    private static Map<String, Object> row(String quote, Object value, String unit, String measure) {
        Map<String, Object> r = new HashMap<>();
        r.put("doc", "d.txt");
        r.put("record", "target");
        r.put("quote", quote);
        r.put("value", value);
        r.put("unit", unit);
        r.put("measure", measure);
        r.put("kind", "target");
        r.put("comparator", "exact");
        r.put("year", 2025);
        r.put("indicator", "盘活土地");
        return r;
    }

    @Test
    void matchesInBaseUnitsAndCountsEachGoldOnce() {
        Map<String, String> docs = Map.of("d.txt", "盘活土地2.26万亩，房产超过1000万平方米。");
        List<Map<String, Object>> gold = List.of(row("盘活土地2.26万亩", 2.26, "万亩", "amount"));
        List<Map<String, Object>> pred = List.of(row("2.26万亩", 22600, "亩", "amount"), row("土地2.26万亩", 2.26, "万亩", "amount"));
        Evaluation.Report r = Evaluation.score(docs, gold, pred);
        assertEquals(1.0, r.target("matched"));
        assertEquals(0.5, r.target("precision"));
        assertEquals(1.0, r.target("recall"));
        assertEquals(1.0, r.field("year"));
    }

    @Test
    void tenthsArePercentAndCharF1IgnoresOrder() {
        assertEquals(true, Evaluation.sameValue(row("q", 30, "%", "share"), row("q", 3, "成", "share")));
        assertEquals(1.0, Evaluation.charF1("口袋公园向市民开放", "向市民开放口袋公园"));
        assertEquals("None", Evaluation.py(null));
        assertEquals("2021-2025", Evaluation.py("2021-2025"));
    }

    @Test
    void aRankInMingIsOneInWeiAndMagnitudesMultiplyOut() {
        assertEquals(true, Evaluation.sameValue(row("q", 2, "名", "amount"), row("q", 2, "位", "amount")));
        assertEquals(false, Evaluation.sameValue(row("q", 2, "万名", "amount"), row("q", 2, "万位", "amount")));
        assertEquals(true, Evaluation.sameValue(row("q", 1, "千亿元", "amount"), row("q", 1000, "亿元", "amount")));
        assertEquals(true, Evaluation.sameValue(row("q", 1, "万亿", "amount"), row("q", 10000, "亿", "amount")));
        assertEquals(false, Evaluation.sameValue(row("q", 1, "千亿元", "amount"), row("q", 100, "亿元", "amount")));
    }
}
