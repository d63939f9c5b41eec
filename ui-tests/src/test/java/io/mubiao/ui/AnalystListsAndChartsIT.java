package io.mubiao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Lists that say what they are filtered by, and charts that join only what may be joined. */
class AnalystListsAndChartsIT extends PageTest {

    @AfterEach
    void defaults() {
        browser.js("localStorage.removeItem('mubiao.lang')");
        timeZone(""); // the machine's own zone again
    }

    private static String enc(String s) {
        return Pages.enc(s);
    }

    /** The reader's time zone, as Chromium's own (DevTools Emulation.setTimezoneOverride) for this tab. */
    private static void timeZone(String zone) {
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    }

    private static List<String> rowIds(String table) {
        List<String> out = new ArrayList<>();
        browser.all(By.cssSelector(table + " tbody tr[data-id]")).forEach(r -> out.add(r.getAttribute("data-id")));
        return out;
    }

    private static Set<String> chips() {
        Set<String> out = new HashSet<>();
        browser.all(By.cssSelector("#active-filters .filter-chip")).forEach(c -> out.add(c.getAttribute("data-filter")));
        return out;
    }

    @Test
    void aTargetsListOpenedWithAnEntityShowsItAsAChipThatClears() throws Exception {
        JsonNode entity = Pages.entityWithTargets();
        assertTrue(entity != null, "the seeds hold an entity linked to a target");
        String id = entity.path("id").asText();
        browser.open("#/targets?entity=" + id + "&kind=target", "targets");
        assertEquals(Set.of("entity", "kind"), chips());
        WebElement chip = browser.await(By.cssSelector("#active-filters .filter-chip[data-filter='entity']"));
        String canonical = entity.path("canonical").asText();
        browser.wait(Duration.ofSeconds(10)).until(d -> chip.getText().contains(canonical));
        int both = stack.json("/api/v1/targets", Map.of("entity", id, "kind", "target")).path("total").asInt();
        assertTrue(browser.driver.findElement(By.id("targets-total")).getText().contains(String.valueOf(both)));
        browser.screenshot("targets-filter-chips");

        chip.findElement(By.cssSelector("a.clear")).click();
        browser.awaitPage("targets");
        assertEquals(Set.of("kind"), chips());
        int kindOnly = stack.json("/api/v1/targets", Map.of("kind", "target")).path("total").asInt();
        assertTrue(browser.driver.findElement(By.id("targets-total")).getText().contains(String.valueOf(kindOnly)));
        browser.driver.findElement(By.id("clear-filters")).click();
        browser.awaitPage("targets");
        assertEquals(Set.of(), chips());
    }

    @Test
    void theDocumentsListFiltersSortsCountsUploadsAndShowsTimesInTheReadersZone() throws Exception {
        // Filtered by status and sorted by target count, highest first (ties keep the API's order).
        List<JsonNode> docs = new ArrayList<>();
        stack.json("/api/v1/documents", Map.of("status", "EXTRACTED", "size", "200")).path("items").forEach(docs::add);
        List<String> expected = docs.stream().sorted(Comparator.comparingInt((JsonNode d) -> -d.path("targetCount").asInt()))
                .map(d -> d.path("id").asText()).toList();
        browser.open("#/documents?status=EXTRACTED&sort=-targets", "documents");
        assertEquals(expected, rowIds("#documents"));
        assertEquals(Set.of("status"), chips());
        // A genre of the corpus, chosen in the form.
        String genre = docs.stream().map(d -> d.path("genre").asText()).filter(g -> !g.isEmpty()).findFirst().orElseThrow();
        List<String> ofGenre = new ArrayList<>();
        stack.json("/api/v1/documents", Map.of("genre", genre, "size", "200")).path("items").forEach(d -> ofGenre.add(d.path("id").asText()));
        browser.open("#/documents?genre=" + enc(genre), "documents");
        assertEquals(ofGenre, rowIds("#documents"));
        browser.driver.findElement(By.cssSelector("#active-filters .filter-chip[data-filter='genre'] a.clear")).click();
        browser.awaitPage("documents");
        assertEquals(Set.of(), chips());

        // Times in the reader's zone: the same instant in Beijing and in New York.
        JsonNode first = stack.json("/api/v1/documents", Map.of("size", "1")).path("items").get(0);
        Instant received = Instant.parse(first.path("receivedAt").asText());
        for (String zone : List.of("Asia/Shanghai", "America/New_York")) {
            timeZone(zone);
            browser.open("#/documents", "documents");
            String shown = browser.await(By.cssSelector("#documents tr[data-id='" + first.path("id").asText() + "'] td.received")).getText();
            assertEquals(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of(zone)).format(received), shown, zone);
        }

        // The count follows an upload through the page.
        int before = Integer.parseInt(browser.driver.findElement(By.id("documents-total")).getAttribute("data-total"));
        browser.js("localStorage.setItem('mubiao.apiKey', arguments[0])", Stack.API_KEY);
        Path file = Files.createTempDirectory("mubiao-ui-count-").resolve("计数-" + System.nanoTime() + ".txt");
        Files.writeString(file, "计数测试 " + file.getFileName() + "\n2027年，全市新增城镇就业3万人。\n");
        WebElement input = browser.driver.findElement(By.id("file-input"));
        browser.js("arguments[0].style.display = 'block'", input);
        input.sendKeys(file.toString());
        browser.wait(Duration.ofSeconds(60)).until(d -> String.valueOf(before + 1).equals(
                d.findElement(By.id("documents-total")).getAttribute("data-total")));
        assertEquals(before + 1, stack.json("/api/v1/documents", Map.of("size", "1")).path("total").asInt());
        browser.screenshot("documents-list");
    }

    /** Every figure (target or achievement) the API holds, all pages. */
    private static List<JsonNode> allFigures() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            JsonNode p = stack.json("/api/v1/targets", Map.of("size", "200", "page", String.valueOf(page)));
            p.path("items").forEach(out::add);
            if (p.path("items").size() < 200) {
                break;
            }
        }
        return out;
    }

    /** Keys whose achievements of one measure cover spans of different lengths (2018-2022 beside 2024). */
    private static Set<String> mixedSpanKeys(List<JsonNode> figures) {
        Map<String, Set<Boolean>> spans = new java.util.HashMap<>();
        for (JsonNode x : figures) {
            if (x.path("kind").asText().equals("achievement")) {
                spans.computeIfAbsent(x.path("indicatorKey").asText() + "|" + x.path("measure").asText(), k -> new HashSet<>())
                        .add(x.path("year").asText().contains("-"));
            }
        }
        Set<String> out = new java.util.TreeSet<>();
        spans.forEach((k, v) -> {
            if (v.size() == 2) {
                out.add(k.substring(0, k.indexOf('|')));
            }
        });
        return out;
    }

    @Test
    void pointsOfDifferentSpansAreNeverJoinedByALineAndSaySo() throws Exception {
        List<JsonNode> figures = allFigures();
        Set<String> mixed = mixedSpanKeys(figures);
        assertFalse(mixed.isEmpty(), "the seeds hold a five-year result beside one-year results of one indicator");
        String key = mixed.iterator().next();
        browser.open("#/indicators/" + enc(key), "indicator");
        browser.wait(Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector(".chart:not([data-drawn='true'])")).isEmpty());
        // For each line each chart draws, the spans (years covered) of the points it joins.
        @SuppressWarnings("unchecked")
        List<List<List<Object>>> charts = (List<List<List<Object>>>) browser.js("return [...document.querySelectorAll('.chart')]"
                + ".map((el) => { const u = el._uplot; return u.series.slice(1).map((s, i) => s.paths && s.width > 0"
                + " ? [...new Set(u.data[i + 1].map((v, j) => v === null ? null : el._placed[j].span).filter((x) => x !== null))]"
                + " : null).filter((x) => x !== null); });");
        assertTrue(charts.stream().anyMatch(lines -> lines.size() >= 2), "a chart with one line per span: " + charts);
        for (List<List<Object>> lines : charts) {
            for (List<Object> spans : lines) {
                assertEquals(1, spans.size(), "a line joins points of one span only: " + charts);
            }
        }
        assertFalse(browser.all(By.cssSelector("tr[data-span]:not([data-span='1']) .span")).isEmpty(),
                "a point of several years says so in its row");
        assertFalse(browser.all(By.cssSelector(".key-span")).isEmpty(), "and in the legend");
        browser.js("const c = [...document.querySelectorAll('.chart')].find((el) => el._uplot.series.filter((s) => s.width > 0)"
                + ".length >= 2); c.closest('section').scrollIntoView();");
        browser.screenshot("indicator-mixed-spans");
    }

    @Test
    void aTargetMetOrMissedShowsItsResultWithTheComparatorThatDecided() throws Exception {
        // A 2024 report with two targets, and the 2025 report with their results: one met, one missed.
        String plan = stack.upload(("2024年1月20日在某市第十七届人民代表大会第二次会议上\n二、2024年工作安排\n"
                + "今年经济社会发展的主要预期目标是：规模以上工业增加值增长6%以上，一般公共预算收入增长5%以上。\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "plan-2024.txt");
        String review = stack.upload(("2025年1月15日在某市第十七届人民代表大会第三次会议上\n一、2024年工作回顾\n"
                + "2024年，全市规模以上工业增加值增长6.2%，一般公共预算收入增长4.1%。\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "review-2024.txt");
        stack.awaitExtracted(plan, Duration.ofSeconds(120));
        stack.awaitExtracted(review, Duration.ofSeconds(120));
        Map<String, String> metSign = Map.of("at_least", "≥", "at_most", "≤", "approx", "≈", "exact", "=");
        Set<String> seen = new HashSet<>();
        language("zh");
        for (JsonNode x : stack.json("/api/v1/targets", Map.of("document", plan)).path("items")) {
            String key = x.path("indicatorKey").asText();
            for (JsonNode s : stack.json("/api/v1/indicators/" + enc(key) + "/series", Map.of()).path("series")) {
                for (JsonNode p : s.path("points")) {
                    String status = p.path("status").asText();
                    if (!p.path("targetId").asText().equals(x.path("id").asText()) || !Set.of("met", "missed").contains(status)) {
                        continue;
                    }
                    browser.open("#/indicators/" + enc(key), "indicator");
                    WebElement row = browser.await(By.cssSelector("tr[data-target-id='" + p.path("targetId").asText() + "']"));
                    WebElement cmp = row.findElement(By.cssSelector(".comparison"));
                    String sign = cmp.getAttribute("data-sign");
                    assertEquals(status.equals("met") ? metSign.get(p.path("comparator").asText()) : "<", sign, cmp.getText());
                    assertTrue(cmp.getText().matches("[\\d.]+ ?% " + sign + " [\\d.]+ ?%"), "result, sign, target: " + cmp.getText());
                    seen.add(status);
                    if (status.equals("met")) {
                        browser.screenshot("indicator-met-comparator");
                    }
                }
            }
        }
        assertEquals(Set.of("met", "missed"), seen, "one target met (6.2% ≥ 6%), one missed (4.1% < 5%)");
    }

    private void language(String lang) {
        browser.open("", "home");
        browser.js("localStorage.setItem('mubiao.lang', arguments[0])", lang);
    }
}
