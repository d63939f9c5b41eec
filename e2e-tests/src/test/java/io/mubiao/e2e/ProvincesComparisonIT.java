package io.mubiao.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 14 provincial work reports of 2026 ({@code ../shared/corpus/provinces-2026}, beside the repository; skipped
 * when absent), uploaded through the gateway, then compared: each province's 2026 GDP growth target and 2025 GDP
 * growth, from {@code GET /api/v1/indicators/地区生产总值/regions}, against the figures a reader finds in the texts.
 * The expected values below were read in the reports by hand, each with the words it comes from; they are not the
 * extractor's output. Ranges (4.5%—5%) are their lower bound with at_least and the upper bound as valueMax, as
 * the annotation conventions (eval/SCHEMA.md) write them.
 */
class ProvincesComparisonIT {
    static final Path CORPUS = RunningSuite.ROOT.resolve("../shared/corpus/provinces-2026").normalize();

    /** What a reader finds: value, upper bound of a range or null, comparator, and the words. */
    record Read(double value, Double valueMax, String comparator, String words) {
    }

    static final Map<String, Read> TARGET_2026 = Map.ofEntries(
            Map.entry("上海市", new Read(5, null, "approx", "全市生产总值增长5%左右")),
            Map.entry("四川省", new Read(5.5, null, "approx", "地区生产总值增长5.5%左右")),
            Map.entry("天津市", new Read(4.5, null, "exact", "地区生产总值增长4.5%，在实际工作中努力争取更好结果")),
            Map.entry("安徽省", new Read(5, 5.5, "at_least", "全省地区生产总值增长5%—5.5%")),
            Map.entry("山东省", new Read(5, null, "at_least", "地区生产总值增长5%以上")),
            Map.entry("广东省", new Read(4.5, 5.0, "at_least", "地区生产总值增长4.5%—5%")),
            Map.entry("江苏省", new Read(5, null, "exact", "地区生产总值按增长5%安排")),
            Map.entry("河南省", new Read(5, null, "approx", "经济增长5%左右")),
            Map.entry("浙江省", new Read(5, 5.5, "at_least", "全省生产总值增长5%—5.5%")),
            Map.entry("湖北省", new Read(5.5, null, "approx", "经济增长5.5%左右")),
            Map.entry("湖南省", new Read(5, null, "approx", "地区生产总值增长5%左右")),
            Map.entry("福建省", new Read(5, null, "approx", "全省地区生产总值增长5%左右")),
            Map.entry("辽宁省", new Read(4.5, null, "approx", "地区生产总值增长4.5%左右")),
            Map.entry("陕西省", new Read(5, null, "approx", "生产总值增长5％左右")));

    static final Map<String, Read> RESULT_2025 = Map.ofEntries(
            Map.entry("上海市", new Read(5.4, null, "exact", "全市生产总值达到5.67万亿元、增长5.4%")),
            Map.entry("四川省", new Read(5.5, null, "exact", "实现地区生产总值67665亿元，增长5.5%")),
            Map.entry("天津市", new Read(4.8, null, "exact", "全市地区生产总值增长4.8%")),
            Map.entry("安徽省", new Read(5.5, null, "exact", "全省地区生产总值5.3万亿元、增长5.5%")),
            Map.entry("山东省", new Read(5.5, null, "exact", "地区生产总值增长5.5%、达到10.3万亿元")),
            Map.entry("广东省", new Read(3.9, null, "exact", "地区生产总值增长3.9%、总量连续37年居全国首位")),
            Map.entry("江苏省", new Read(5.3, null, "exact", "地区生产总值增长5.3%、增量保持全国第一")),
            Map.entry("河南省", new Read(5.6, null, "exact", "生产总值增长5.6%，规上工业增加值增长8.4%")),
            Map.entry("浙江省", new Read(5.5, null, "exact", "全省生产总值增长5.5%，一般公共预算收入增长1.8%")),
            Map.entry("湖北省", new Read(5.5, null, "exact", "地区生产总值增长5.5%、居经济大省和中部地区前列")),
            Map.entry("湖南省", new Read(4.8, null, "exact", "全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%")),
            Map.entry("福建省", new Read(5, null, "exact", "2025年全省地区生产总值60199.45亿元、增长5%")),
            Map.entry("辽宁省", new Read(3.7, null, "exact", "地区生产总值增长3.7%，一般公共预算收入增长0.4%")),
            Map.entry("陕西省", new Read(5.1, null, "exact", "地区生产总值增长5.1％，城镇新增就业44.1万人")));

    static final Map<String, String> ids = new HashMap<>();

    @BeforeAll
    static void ingestTheReports() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), CORPUS + " is absent: the provincial comparison is skipped");
        RunningSuite.get();
        List<Path> reports;
        try (Stream<Path> s = Files.list(CORPUS)) {
            reports = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(14, reports.size(), "the 14 reports of " + CORPUS);
        for (Path report : reports) {
            // No region given: each report's region is found in it.
            String id = RunningSuite.withKey().contentType("text/plain; charset=UTF-8").body(Files.readAllBytes(report))
                    .queryParam("fileName", report.getFileName().toString()).post("/api/v1/documents")
                    .then().statusCode(org.hamcrest.Matchers.oneOf(200, 202)).extract().path("id");
            ids.put(report.getFileName().toString().replace(".txt", ""), id);
        }
        for (Map.Entry<String, String> e : ids.entrySet()) {
            Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    given().get("/api/v1/documents/" + e.getValue()).then().statusCode(200)
                            .body("status", equalTo("EXTRACTED")).body("region", equalTo(e.getKey()))
                            .body("regionLevel", equalTo("province")));
        }
    }

    @Test
    void gdpGrowthTargetsOf2026() {
        check("target", 2026, TARGET_2026);
    }

    @Test
    void gdpGrowthOf2025() {
        check("achievement", 2025, RESULT_2025);
    }

    /** Every province's row against what was read; all misses reported at once. */
    private static void check(String kind, int year, Map<String, Read> expected) {
        JsonPath page = given().queryParam("year", year).queryParam("kind", kind).queryParam("measure", "rate")
                .queryParam("regionLevel", "province").queryParam("size", 50)
                .get("/api/v1/indicators/经济增长/regions").then().statusCode(200)
                .body("key", equalTo("地区生产总值")).extract().jsonPath()
                // doubles, as sent (JsonPath reads floats by default: 5.1 would come back as 5.0999999)
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        Map<String, Map<String, Object>> byRegion = new HashMap<>();
        for (Map<String, Object> row : page.<Map<String, Object>>getList("items")) {
            byRegion.put((String) row.get("region"), row);
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Read> e : expected.entrySet()) {
            Map<String, Object> row = byRegion.get(e.getKey());
            Read r = e.getValue();
            if (row == null) {
                wrong.add(e.getKey() + ": no row; expected " + r);
                continue;
            }
            double value = ((Number) row.get("value")).doubleValue();
            Double max = row.get("valueMax") == null ? null : ((Number) row.get("valueMax")).doubleValue();
            boolean right = Math.abs(value - r.value()) < 1e-9 && r.comparator().equals(row.get("comparator"))
                    && (r.valueMax() == null ? max == null : max != null && Math.abs(max - r.valueMax()) < 1e-9)
                    && ids.get(e.getKey()).equals(row.get("document"));
            if (!right) {
                wrong.add(e.getKey() + ": " + value + (max == null ? "" : "–" + max) + " " + row.get("comparator")
                        + " from \"" + row.get("quote") + "\"; the report says \"" + r.words() + "\"");
            }
        }
        List<Double> values = page.getList("items.value", Double.class);
        for (int i = 1; i < values.size(); i++) {
            assertTrue(values.get(i - 1) >= values.get(i), "sorted by value, highest first: " + values);
        }
        System.out.printf("[provinces] %d %s: %d of %d right%n", year, kind, expected.size() - wrong.size(), expected.size());
        wrong.forEach(w -> System.out.println("[provinces]   " + w));
        assertEquals(List.of(), wrong, (expected.size() - wrong.size()) + " of " + expected.size() + " right");
    }
}
