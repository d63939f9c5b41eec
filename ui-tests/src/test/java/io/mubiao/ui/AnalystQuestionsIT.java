package io.mubiao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The analysts' everyday questions asked through the page (search box, shared links, filters, charts), each
 * answer compared with what the API gives for the same question.
 */
class AnalystQuestionsIT extends PageTest {

    @AfterEach
    void defaultLanguage() {
        browser.js("localStorage.removeItem('mubiao.lang')");
    }

    private void language(String lang) {
        browser.open("", "home");
        browser.js("localStorage.setItem('mubiao.lang', arguments[0])", lang);
    }

    private static Set<String> ids(JsonNode page) {
        Set<String> out = new TreeSet<>();
        page.path("items").forEach(x -> out.add(x.path("id").asText()));
        return out;
    }

    private Set<String> resultIds() {
        Set<String> out = new TreeSet<>();
        browser.all(By.cssSelector("li.result")).forEach(li -> out.add(li.getAttribute("data-id")));
        return out;
    }

    /** part type → value of the line saying how the page read the query. */
    private Map<String, String> reading() {
        Map<String, String> out = new LinkedHashMap<>();
        for (WebElement p : browser.all(By.cssSelector("#reading .part"))) {
            out.put(p.getAttribute("data-part"), p.getAttribute("data-value"));
        }
        return out;
    }

    @Test
    void theSearchBoxReadsARegionAnIndicatorSynonymAYearAndAKindAndEachPartCanBeDropped() throws Exception {
        Map<String, String> filters = new HashMap<>(Map.of("region", "天津", "indicator", "GDP", "year", "2025",
                "kind", "target", "size", "50"));
        JsonNode expected = stack.json("/api/v1/targets", filters);
        assertTrue(expected.path("total").asInt() > 0, "the seeds hold Tianjin's GDP targets for 2025");
        language("zh");
        browser.open("", "home");
        browser.await(By.id("search")).sendKeys("天津 GDP 2025 目标", Keys.ENTER);
        browser.awaitPage("home");
        browser.await(By.id("reading"));
        assertEquals(Map.of("region", "天津市", "indicator", "地区生产总值", "year", "2025", "kind", "target"), reading());
        String line = browser.driver.findElement(By.id("reading")).getText();
        for (String said : new String[] {"指标 地区生产总值", "地区 天津市", "年份 2025", "类型 目标"}) {
            assertTrue(line.contains(said), "the reading says " + said + ": " + line);
        }
        assertEquals(ids(expected), resultIds(), "the results are the API's answer to the filters read");
        browser.screenshot("home-search-read");

        // Dropping the kind asks again without it: targets and results of 2025.
        browser.driver.findElement(By.cssSelector("#reading .part[data-part='kind'] a.remove")).click();
        browser.awaitPage("home");
        browser.await(By.id("reading"));
        assertEquals(Map.of("region", "天津市", "indicator", "地区生产总值", "year", "2025"), reading());
        filters.remove("kind");
        assertEquals(ids(stack.json("/api/v1/targets", filters)), resultIds());
        assertEquals("天津 GDP 2025", browser.driver.findElement(By.id("search")).getAttribute("value"));

        // Written without spaces, the same query reads the same.
        browser.open("#/?s=" + java.net.URLEncoder.encode("天津GDP2025年目标", "UTF-8"), "home");
        browser.await(By.id("reading"));
        assertEquals(Map.of("region", "天津市", "indicator", "地区生产总值", "year", "2025", "kind", "target"), reading());
    }

    /** The ids of a document's targets, in document order. */
    private static java.util.List<String> targetIdsOf(String document) throws Exception {
        java.util.List<String> out = new java.util.ArrayList<>();
        stack.json("/api/v1/targets", Map.of("document", document, "size", "200")).path("items")
                .forEach(x -> out.add(x.path("id").asText()));
        return out;
    }

    @Test
    void aTargetsLinkSurvivesReExtractionOfItsDocumentAndALinkToAMissingTargetSaysSo() throws Exception {
        String text = "农村建设安排\n2026年，全市新建改建农村公路1200公里，农村自来水普及率达到95%以上。\n";
        String doc = stack.upload(text.getBytes(StandardCharsets.UTF_8), "stable-links.txt");
        stack.awaitExtracted(doc, Duration.ofSeconds(120));
        java.util.List<String> before = targetIdsOf(doc);
        assertTrue(!before.isEmpty(), "the document holds targets");
        JsonNode target = stack.json("/api/v1/targets/" + before.get(0), Map.of());
        String oldId = target.path("id").asText();

        // Opened by its id, the target page puts its lasting link (document and place) in the address bar.
        language("zh");
        browser.open("#/targets/" + oldId, "target");
        String lasting = "#/targets/" + doc + "/" + target.path("start").asInt() + "-" + target.path("end").asInt();
        assertEquals(lasting, browser.js("return location.hash"));

        // Re-extraction through the page's button (with the key) replaces every target row: new ids.
        browser.js("localStorage.setItem('mubiao.apiKey', arguments[0])", Stack.API_KEY);
        browser.open("#/documents/" + doc, "document");
        browser.await(By.cssSelector("button.reprocess")).click();
        browser.wait(Duration.ofSeconds(120)).until(d -> {
            try {
                java.util.List<String> now = targetIdsOf(doc);
                return now.size() == before.size() && !now.contains(oldId);
            } catch (Exception e) {
                return false;
            }
        });
        String newId = targetIdsOf(doc).get(0);
        assertNotEquals(oldId, newId);

        // The lasting link opens the same target under its new id; the document link with its place too.
        browser.open(lasting, "target");
        WebElement detail = browser.await(By.cssSelector(".target-detail"));
        assertEquals(newId, detail.getAttribute("data-id"));
        assertEquals(target.path("quote").asText(), detail.findElement(By.cssSelector("mark.quote")).getText());
        browser.open("#/documents/" + doc + "?at=" + target.path("start").asInt() + "-" + target.path("end").asInt(), "document");
        // (the panel shows the list's row, then the full target replaces it: wait for the one with the new id)
        browser.await(By.cssSelector("#detail .target-detail[data-id='" + newId + "']"));

        // The old id names no target any more: the page says so, on the target page and in the document.
        browser.open("#/targets/" + oldId, "target");
        assertTrue(browser.await(By.id("not-found")).getText().contains("不存在或已删除"));
        assertTrue(browser.all(By.cssSelector(".target-detail")).isEmpty());
        browser.open("#/documents/" + doc + "?t=" + oldId, "document");
        assertTrue(browser.await(By.cssSelector("#detail #not-found")).getText().contains("不存在或已删除"));
        // So does a lasting link to a place where the document holds no target.
        browser.open("#/targets/" + doc + "/0-3", "target");
        assertTrue(browser.await(By.id("not-found")).isDisplayed());
        browser.screenshot("target-not-found");
    }
}
