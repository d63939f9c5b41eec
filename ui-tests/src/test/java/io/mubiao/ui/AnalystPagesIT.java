package io.mubiao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mubiao.testing.CsvRecords;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The analysts' web page in a real headless Chromium, against the four packaged services with the seeds
 * extracted. Each test reads what the page shows and compares it with what the API answers.
 */
class AnalystPagesIT extends PageTest {

    private static String enc(String s) {
        return Pages.enc(s);
    }

    /** The PM2.5 target for 2025 as the API knows it (the one the bar asks for). */
    private static JsonNode pm25Target2025() throws Exception {
        JsonNode page = stack.json("/api/v1/targets", Map.of("q", "PM2.5", "kind", "target", "year", "2025"));
        assertTrue(page.path("total").asInt() > 0, "the seeds hold a PM2.5 target for 2025");
        return page.path("items").get(0);
    }

    @Test
    void thePm25TargetFor2025IsFoundFromTheHomePageWithItsSentence() throws Exception {
        JsonNode expected = pm25Target2025();
        browser.open("", "home");
        WebElement box = browser.await(By.id("search"));
        box.sendKeys("PM2.5 2025", Keys.ENTER);
        browser.awaitPage("home");
        WebElement hit = browser.await(By.cssSelector("li.result[data-id='" + expected.path("id").asText() + "']"));
        assertEquals("target", hit.getAttribute("data-kind"));
        assertTrue(hit.getAttribute("data-year").contains("2025"));
        String sentence = hit.findElement(By.cssSelector("blockquote.sentence")).getText();
        assertEquals(expected.path("sentence").asText().strip(), sentence.strip(), "the result shows the sentence that says it");
        assertEquals(expected.path("quote").asText(), hit.findElement(By.cssSelector("mark.quote")).getText());
        assertTrue(hit.getText().contains(expected.path("indicator").asText()));
        browser.screenshot("home-search-pm25");

        // The result leads on to the target itself.
        hit.findElement(By.cssSelector("a.detail")).click();
        browser.awaitPage("target");
        WebElement detail = browser.await(By.cssSelector(".target-detail"));
        assertEquals(expected.path("id").asText(), detail.getAttribute("data-id"));
    }

    @Test
    void everyPageRendersWithoutConsoleErrors() throws Exception {
        JsonNode target = pm25Target2025();
        String doc = target.path("document").asText();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("", "home");
        pages.put("#/?s=" + enc("地区生产总值"), "home");
        pages.put("#/documents", "documents");
        pages.put("#/documents/" + doc, "document");
        pages.put("#/targets", "targets");
        pages.put("#/targets?kind=target&year=2025", "targets");
        pages.put("#/targets/" + target.path("id").asText(), "target");
        pages.put("#/indicators", "indicators");
        pages.put("#/indicators/" + enc(target.path("indicator").asText()), "indicator");
        pages.put("#/themes", "themes");
        pages.put("#/compare", "compare");
        pages.put("#/entities", "entities");
        pages.put("#/entities?type=LOCATION", "entities");
        List<String> problems = new ArrayList<>();
        browser.severeLogSinceLastCall();
        int i = 0;
        for (Map.Entry<String, String> p : pages.entrySet()) {
            browser.open(p.getKey(), p.getValue());
            Thread.sleep(300); // late console output of the page (the event stream, a chart)
            for (String line : browser.severeLogSinceLastCall()) {
                problems.add(p.getKey() + ": " + line);
            }
            for (WebElement error : browser.all(By.cssSelector("#app .error"))) {
                problems.add(p.getKey() + ": error shown: " + error.getText());
            }
            browser.screenshot(String.format("page-%02d-%s", i++, p.getValue()));
        }
        assertEquals(List.of(), problems, "console errors or error boxes");
    }

    @Test
    void aTargetHighlightedInADocumentShowsItsFigureOnHoverAndOpensItsDetail() throws Exception {
        JsonNode expected = pm25Target2025();
        String id = expected.path("id").asText();
        browser.open("#/documents/" + expected.path("document").asText(), "document");
        WebElement mark = browser.await(By.cssSelector("mark.hl-target[data-target-id='" + id + "']"));
        assertTrue(expected.path("quote").asText().contains(mark.getText()),
                "the mark sits on the quote: " + mark.getText());
        browser.js("arguments[0].scrollIntoView({block: 'center'})", mark);
        new Actions(browser.driver).moveToElement(mark).perform();
        WebElement tip = browser.wait(Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(By.id("tooltip")));
        assertTrue(tip.getText().contains(expected.path("indicator").asText()), "hover names the indicator: " + tip.getText());
        assertTrue(tip.getText().contains(expected.path("year").asText()), "hover names the year: " + tip.getText());
        assertTrue(tip.findElements(By.cssSelector("[data-kind='target']")).size() > 0, "hover shows the kind");
        browser.screenshot("document-hover");

        mark.click();
        WebElement detail = browser.wait(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail .target-detail[data-id='" + id + "']")));
        assertTrue(detail.getText().contains(expected.path("indicator").asText()));
        assertEquals(expected.path("quote").asText(), detail.findElement(By.cssSelector("mark.quote")).getText());
        browser.screenshot("document-target-detail");

        // Every target of the document is listed in its table.
        int total = stack.json("/api/v1/targets", Map.of("document", expected.path("document").asText(), "size", "1"))
                .path("total").asInt();
        assertEquals(total, browser.all(By.cssSelector("#doc-targets tbody tr")).size());

        browser.driver.findElement(By.id("open-target")).click();
        browser.awaitPage("target");
        assertEquals(id, browser.await(By.cssSelector(".target-detail")).getAttribute("data-id"));
    }

    /** Needs GET /documents/{id}/text and /sections (the read-side API of the merge). */
    @Test
    void aDocumentShowsItsWholeTextUnchangedWithEveryTargetHighlightedAndItsSectionTree() throws Exception {
        String doc = pm25Target2025().path("document").asText();
        HttpResponse<String> text = stack.get("/api/v1/documents/" + doc + "/text", "text/plain");
        assertEquals(200, text.statusCode(), "GET /documents/{id}/text");
        browser.open("#/documents/" + doc, "document");
        WebElement article = browser.await(By.id("doc-text"));
        assertEquals("text", article.getAttribute("data-mode"));
        assertEquals(text.body(), browser.js("return arguments[0].textContent", article), "highlighting keeps the text as it is");
        JsonNode targets = stack.json("/api/v1/targets", Map.of("document", doc, "size", "200"));
        Set<String> marked = browser.all(By.cssSelector("#doc-text mark.hl-target")).stream()
                .map(m -> m.getAttribute("data-target-id")).collect(Collectors.toSet());
        for (JsonNode t : targets.path("items")) {
            assertTrue(marked.contains(t.path("id").asText()), "target " + t.path("id") + " is highlighted");
        }
        List<WebElement> sections = browser.all(By.cssSelector("#sections a[data-offset]"));
        assertFalse(sections.isEmpty(), "the section tree");
        WebElement last = sections.get(sections.size() - 1);
        last.click();
        String offset = last.getAttribute("data-offset");
        WebElement anchor = browser.driver.findElement(By.cssSelector("#doc-text .anchor[data-offset='" + offset + "']"));
        browser.wait(Duration.ofSeconds(5)).until(d -> (Boolean) browser.js(
                "const r = arguments[0].getBoundingClientRect(), b = arguments[1].getBoundingClientRect();"
                        + "return r.top >= b.top - 2 && r.top <= b.bottom;", anchor, article));
        browser.screenshot("document-text-sections");
    }

    @Test
    void theGdpGrowthChartShowsThe2023TargetThe2024AchievementAndThe2025TargetEachWithItsKind() throws Exception {
        // Reached as a person would: search for the indicator, follow its link.
        browser.open("#/?s=" + enc("地区生产总值"), "home");
        browser.await(By.cssSelector(".indicator-chips a.indicator"));
        WebElement link = browser.all(By.cssSelector(".indicator-chips a.indicator")).stream()
                .filter(a -> a.getText().equals("地区生产总值")).findFirst().orElseThrow();
        link.click();
        browser.awaitPage("indicator");
        WebElement rate = browser.await(By.cssSelector("section.series[data-measure='rate']"));
        browser.wait(Duration.ofSeconds(15)).until(d -> rate.findElements(By.cssSelector(".chart[data-drawn='true'] canvas")).size() > 0);
        Map<String, String> expected = Map.of("2023", "target", "2024", "achievement", "2025", "target");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            List<WebElement> rows = rate.findElements(By.cssSelector(
                    "table.points tr[data-year='" + e.getKey() + "'][data-kind='" + e.getValue() + "']"));
            assertFalse(rows.isEmpty(), "a " + e.getValue() + " for " + e.getKey());
            WebElement row = rows.get(0);
            assertFalse(row.findElement(By.cssSelector(".badge[data-kind]")).getText().isBlank(), "its kind is named");
            String targetId = row.getAttribute("data-target-id");
            JsonNode t = stack.json("/api/v1/targets/" + targetId, Map.of());
            assertEquals(e.getValue(), t.path("kind").asText());
            assertEquals("地区生产总值", t.path("indicator").asText());
            assertEquals(e.getKey(), t.path("year").asText());
            assertFalse(row.findElements(By.cssSelector("a[href='#/targets/" + targetId + "']")).isEmpty(), "linked to its evidence");
        }
        browser.js("arguments[0].scrollIntoView()", rate);
        browser.screenshot("indicator-gdp");

        // A click on the 2024 point of the chart opens the achievement it stands for.
        String achievementId = rate.findElement(By.cssSelector("table.points tr[data-year='2024'][data-kind='achievement']"))
                .getAttribute("data-target-id");
        WebElement chart = rate.findElement(By.cssSelector(".chart"));
        WebElement over = chart.findElement(By.cssSelector(".u-over"));
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) browser.js("const u = arguments[0]._uplot, r = u.over.getBoundingClientRect();"
                + "const i = u.data[0].findIndex((x, k) => Math.round(x) === 2024 && u.data[2][k] !== null);"
                + "return [u.valToPos(u.data[0][i], 'x') - r.width / 2, u.valToPos(u.data[2][i], 'y') - r.height / 2];", chart);
        new Actions(browser.driver).moveToElement(over, xy.get(0).intValue(), xy.get(1).intValue()).click().perform();
        browser.awaitPage("target");
        assertEquals(achievementId, browser.await(By.cssSelector(".target-detail")).getAttribute("data-id"));
    }

    /** Needs GET /indicators/{key}/series (status of each target). */
    @Test
    void theIndicatorChartGivesEachTargetItsMetMissedOrPendingStatus() throws Exception {
        JsonNode series = stack.json("/api/v1/indicators/" + enc("地区生产总值") + "/series", Map.of());
        browser.open("#/indicators/" + enc(series.path("key").asText()), "indicator");
        browser.await(By.cssSelector("section.series"));
        assertEquals("series", browser.driver.findElement(By.cssSelector("#app .view")).getAttribute("data-source"));
        List<WebElement> targets = browser.all(By.cssSelector("table.points tr[data-kind='target']"));
        assertFalse(targets.isEmpty());
        for (WebElement row : targets) {
            assertTrue(Set.of("met", "missed", "pending", "not_reported", "unknown").contains(row.getAttribute("data-status")),
                    "status of target " + row.getAttribute("data-target-id") + ": " + row.getAttribute("data-status"));
            assertFalse(row.findElement(By.cssSelector("[data-target-status]")).getText().isBlank());
        }
    }

    @Test
    void theTargetsTableFiltersByItsForm() throws Exception {
        browser.open("#/targets", "targets");
        WebElement form = browser.await(By.id("filters"));
        form.findElement(By.name("indicator")).sendKeys("地区生产总值");
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("kind"))).selectByValue("target");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.wait(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("kind=target"));
        browser.awaitPage("targets");
        JsonNode api = stack.json("/api/v1/targets", Map.of("indicator", "地区生产总值", "kind", "target", "size", "50"));
        List<WebElement> rows = browser.all(By.cssSelector("#targets tbody tr"));
        assertEquals(api.path("items").size(), rows.size());
        // the filter matches the indicator's text or its normalized key (GDP, 全市生产总值 → 地区生产总值)
        List<String> expected = new java.util.ArrayList<>();
        for (JsonNode item : api.path("items")) {
            assertTrue(item.path("indicator").asText().contains("地区生产总值")
                    || "地区生产总值".equals(item.path("indicatorKey").asText()), item.toString());
            expected.add(item.path("indicator").asText());
        }
        List<String> shown = new java.util.ArrayList<>();
        for (WebElement row : rows) {
            assertEquals("target", row.getAttribute("data-kind"));
            shown.add(row.findElement(By.cssSelector("a.indicator")).getText().strip());
        }
        java.util.Collections.sort(expected);
        java.util.Collections.sort(shown);
        assertEquals(expected, shown);
        browser.screenshot("targets-filtered");
    }

    /** Needs sort and format=csv on GET /targets. */
    @Test
    void theTargetsTableSortsAndItsCsvHoldsExactlyTheRowsShown() throws Exception {
        browser.open("#/targets?kind=target&year=2025&size=20", "targets");
        browser.await(By.cssSelector("th.sortable[data-sort='value'] a")).click();
        browser.wait(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("sort=value"));
        browser.awaitPage("targets");
        List<String> ids = browser.all(By.cssSelector("#targets tbody tr")).stream().map(r -> r.getAttribute("data-id")).toList();
        JsonNode sorted = stack.json("/api/v1/targets", Map.of("kind", "target", "year", "2025", "size", "20", "sort", "value"));
        List<String> apiIds = new ArrayList<>();
        double previous = Double.NEGATIVE_INFINITY;
        for (JsonNode t : sorted.path("items")) {
            apiIds.add(t.path("id").asText());
            assertTrue(t.path("value").asDouble() >= previous, "ascending by value");
            previous = t.path("value").asDouble();
        }
        assertEquals(apiIds, ids, "the table shows the API's order");

        // The CSV is every matching row (not the 20 shown), in the table's order, ready for Excel: BOM, file name,
        // headers in the page's language.
        String href = browser.driver.findElement(By.id("csv")).getAttribute("href");
        String path = href.substring(stack.url().length());
        assertTrue(path.contains("format=csv") && path.contains("sort=value") && !path.contains("size="), path);
        HttpResponse<byte[]> csv = stack.getBytes(path);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename="),
                csv.headers().map().toString());
        byte[] body = csv.body();
        assertTrue(body.length > 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF,
                "starts with the UTF-8 byte order mark");
        List<List<String>> records = CsvRecords.parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        assertEquals(sorted.path("total").asInt() + 1, records.size(), "a header and every matching row (the API's total)");
        String lang = (String) browser.js("return localStorage.getItem('mubiao.lang')");
        assertTrue(records.get(0).contains("zh".equals(lang) ? "指标" : "indicator"), "headers in the page's language: " + records.get(0));
        int quote = records.get(0).indexOf("zh".equals(lang) ? "原文片段" : "quote");
        List<String> quotes = browser.all(By.cssSelector("#targets tbody td.quote")).stream().map(WebElement::getText).toList();
        for (int i = 0; i < quotes.size(); i++) {
            assertEquals(quotes.get(i).strip(), records.get(i + 1).get(quote).strip(), "CSV row " + (i + 1) + " is the row shown");
        }
    }

    @Test
    void theEntityPageIsReachedFromAChipAndShowsItsNamesDocumentsAndTargets() throws Exception {
        // An entity that has linked targets, as the API knows it.
        JsonNode entity = Pages.entityWithTargets();
        assertTrue(entity != null, "the seeds hold an entity linked to a target");
        String id = entity.path("id").asText();
        String targetId = entity.path("targets").get(0).path("id").asText();
        browser.open("#/targets/" + targetId, "target");
        WebElement chip = browser.wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".target-detail a.chip.ent[data-entity-id='" + id + "']")));
        assertEquals(entity.path("canonical").asText(), chip.getText().strip());
        chip.click();
        browser.awaitPage("entity");
        WebElement page = browser.await(By.cssSelector(".entity-detail[data-id='" + id + "']"));
        assertTrue(page.findElement(By.id("entity-name")).getText().startsWith(entity.path("canonical").asText()));
        String aliases = page.findElement(By.id("entity-aliases")).getText();
        for (JsonNode a : entity.path("aliases")) {
            if (!a.asText().equals(entity.path("canonical").asText())) {
                assertTrue(aliases.contains(a.asText()), "alias " + a + " shown: " + aliases);
            }
        }
        List<String> docs = browser.all(By.cssSelector("#entity-documents li")).stream().map(li -> li.getAttribute("data-document")).toList();
        List<String> apiDocs = new ArrayList<>();
        entity.path("documents").forEach(d -> apiDocs.add(d.path("document").asText()));
        assertEquals(apiDocs, docs, "the documents that mention it");
        List<String> targets = browser.all(By.cssSelector("#entity-targets tbody tr")).stream().map(r -> r.getAttribute("data-id")).toList();
        assertTrue(targets.contains(targetId), "the target the chip was on is linked");
        assertEquals(entity.path("targets").size(), targets.size());
        browser.screenshot("entity-page");

        // The list finds it by type and by a name, and leads back to the same page.
        browser.open("#/entities?type=" + entity.path("type").asText() + "&q=" + enc(entity.path("canonical").asText()), "entities");
        List<WebElement> rows = browser.all(By.cssSelector("#entities tbody tr"));
        assertFalse(rows.isEmpty());
        for (WebElement row : rows) {
            assertEquals(entity.path("type").asText(), row.getAttribute("data-type"));
        }
        browser.screenshot("entities-list");
        browser.driver.findElement(By.cssSelector("#entities tr[data-id='" + id + "'] a.entity")).click();
        browser.awaitPage("entity");

        // A highlighted mention in a document's text leads there too.
        String doc = entity.path("documents").get(0).path("document").asText();
        browser.open("#/documents/" + doc, "document");
        WebElement mention = browser.await(By.cssSelector("#doc-text span.hl-entity[data-entity-id='" + id + "']"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", mention);
        mention.click();
        browser.awaitPage("entity");
        assertEquals(id, browser.await(By.cssSelector(".entity-detail")).getAttribute("data-id"));
    }

    /** Needs GET /themes. */
    @Test
    void themesAreAWayInWithTheirCounts() throws Exception {
        JsonNode themes = stack.json("/api/v1/themes", Map.of());
        browser.open("#/themes", "themes");
        List<WebElement> cards = browser.all(By.cssSelector("#themes article.theme"));
        assertEquals(themes.path("items").size(), cards.size());
        JsonNode first = themes.path("items").get(0);
        WebElement card = browser.driver.findElement(By.cssSelector("article.theme[data-code='" + first.path("code").asText() + "']"));
        assertTrue(card.getText().contains(first.path("nameZh").asText()));
        assertTrue(card.getText().contains(String.valueOf(first.path("targetCount").asInt())));
        browser.screenshot("themes");
    }

    @Test
    void anUploadAppearsInTheListAndBecomesExtracted() throws Exception {
        Path file = Files.createTempFile("mubiao-ui-upload-", ".txt");
        Files.writeString(file, "天津市某区2027年经济社会发展主要目标（界面测试 " + System.nanoTime() + "）\n"
                + "到2027年，全区地区生产总值年均增长5.5%左右，研发经费投入强度达到4%以上。\n"
                + "2026年，全区一般公共预算收入增长3.2%。\n", StandardCharsets.UTF_8);
        browser.open("#/documents", "documents");
        // The write key, as a user sets it in the header.
        browser.driver.findElement(By.cssSelector("details.key summary")).click();
        WebElement key = browser.await(By.id("api-key"));
        key.clear();
        key.sendKeys(Stack.API_KEY, Keys.ENTER);
        assertEquals(Stack.API_KEY, browser.js("return localStorage.getItem('mubiao.apiKey')"));

        WebElement input = browser.driver.findElement(By.id("file-input"));
        browser.js("arguments[0].style.display = 'block'", input);
        input.sendKeys(file.toAbsolutePath().toString());
        WebElement item = browser.await(By.cssSelector("li.upload-item[data-file='" + file.getFileName() + "']"));
        browser.wait(Duration.ofSeconds(20)).until(d -> item.getAttribute("data-id") != null);
        String id = item.getAttribute("data-id");
        WebElement row = browser.await(By.cssSelector("#documents tr[data-id='" + id + "']"));
        assertNotEquals(null, row);
        browser.wait(Duration.ofSeconds(120)).until(d -> "EXTRACTED".equals(item.getAttribute("data-status")));
        browser.wait(Duration.ofSeconds(10)).until(d -> "EXTRACTED".equals(
                d.findElement(By.cssSelector("#documents tr[data-id='" + id + "']")).getAttribute("data-status")));
        JsonNode doc = stack.json("/api/v1/documents/" + id, Map.of());
        assertEquals("EXTRACTED", doc.path("status").asText());
        assertTrue(doc.path("targetCount").asInt() > 0);
        WebElement extractedRow = browser.driver.findElement(By.cssSelector("#documents tr[data-id='" + id + "']"));
        assertTrue(extractedRow.getText().contains(String.valueOf(doc.path("targetCount").asInt())));
        browser.screenshot("documents-upload");
    }

    /** Needs GET /api/v1/indicators/{key}/regions: two provinces' 2026 reports, compared on the page as the API ranks them. */
    @Test
    void regionsAreRankedByTheirTargetWithLastYearsResultBesideAndEachBarLinkedToItsEvidence() throws Exception {
        String hebei = stack.upload(("2026年河北省政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n"
                + "一、2025年工作回顾\n全省地区生产总值增长5.6%。\n二、2026年工作安排\n"
                + "今年经济社会发展主要预期目标是：地区生产总值增长5.5%左右。\n").getBytes(StandardCharsets.UTF_8), "hebei-2026.txt");
        String shanxi = stack.upload(("2026年山西省政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n"
                + "二、2026年工作安排\n今年经济社会发展主要预期目标是：地区生产总值增长5%以上。\n").getBytes(StandardCharsets.UTF_8),
                "shanxi-2026.txt");
        stack.awaitExtracted(hebei, Duration.ofSeconds(120));
        stack.awaitExtracted(shanxi, Duration.ofSeconds(120));
        JsonNode api = stack.json("/api/v1/indicators/" + enc("地区生产总值") + "/regions",
                Map.of("year", "2026", "kind", "target", "measure", "rate"));
        JsonNode results = stack.json("/api/v1/indicators/" + enc("地区生产总值") + "/regions",
                Map.of("year", "2025", "kind", "achievement", "measure", "rate"));
        assertTrue(api.path("total").asInt() >= 2, api.toString());

        browser.open("#/compare?key=" + enc("地区生产总值") + "&year=2026&measure=rate", "compare");
        List<WebElement> rows = browser.all(By.cssSelector("#ranking li"));
        assertEquals(api.path("items").size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode expected = api.path("items").get(i);
            WebElement row = rows.get(i);
            assertEquals(expected.path("region").asText(), row.getAttribute("data-region"), "ranked as the API ranks");
            WebElement bar = row.findElement(By.cssSelector("a.rbar.target"));
            assertEquals("#/targets/" + expected.path("targetId").asText(), bar.getAttribute("href").replaceAll("^.*(?=#/)", ""));
            assertEquals(expected.path("comparator").asText(), bar.getAttribute("data-comparator"));
        }
        WebElement hebeiRow = browser.await(By.cssSelector("#ranking li[data-region='河北省']"));
        assertTrue(hebeiRow.findElement(By.cssSelector("a.rbar.target")).getText().startsWith("≈ 5.5"), hebeiRow.getText());
        assertTrue(browser.await(By.cssSelector("#ranking li[data-region='山西省'] a.rbar.target")).getText().startsWith("≥ 5"));
        for (JsonNode r : results.path("items")) {
            if (r.path("region").asText().equals("河北省")) {
                assertEquals("#/targets/" + r.path("targetId").asText(), hebeiRow.findElement(By.cssSelector("a.rbar.result"))
                        .getAttribute("href").replaceAll("^.*(?=#/)", ""), "last year's result beside the target");
            }
        }
        browser.screenshot("compare-regions");
        hebeiRow.findElement(By.cssSelector("a.rbar.target")).click();
        browser.awaitPage("target");
    }

    @Test
    void aPdfADocxAndAGb18030TextAreUploadedTogetherThroughThePageEachWithItsOutcome() throws Exception {
        String stamp = String.valueOf(System.nanoTime());
        String text = "滨海新区2028年经济社会发展主要目标（界面上传测试 " + stamp + "）\n"
                + "到2028年，全区地区生产总值增长6%左右，研发经费投入强度达到4.5%以上。\n"
                + "2027年，全区一般公共预算收入增长4.1%，城镇新增就业3万人。\n";
        Path dir = Files.createTempDirectory("mubiao-ui-formats-");
        Path font = io.mubiao.documents.testing.Fixtures.cjkFont().orElseThrow(
                () -> new IllegalStateException("no CJK TrueType font: .ci/install-chromium.sh installs fonts-wqy-microhei"));
        Path pdf = Files.write(dir.resolve("报告-" + stamp + ".pdf"), io.mubiao.documents.testing.Fixtures.pdf(text + "PDF\n", font));
        Path docx = Files.write(dir.resolve("报告-" + stamp + ".docx"), io.mubiao.documents.testing.Fixtures.docx(text + "DOCX\n"));
        Path gb = Files.write(dir.resolve("报告-" + stamp + "-gb18030.txt"), (text + "GB18030\n").getBytes("GB18030"));
        browser.open("#/documents", "documents");
        browser.js("localStorage.setItem('mubiao.apiKey', arguments[0])", Stack.API_KEY);
        WebElement input = browser.driver.findElement(By.id("file-input"));
        browser.js("arguments[0].style.display = 'block'", input);
        input.sendKeys(pdf + "\n" + docx + "\n" + gb);
        Map<Path, String> types = Map.of(pdf, "application/pdf",
                docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", gb, "text/plain");
        for (Path f : List.of(pdf, docx, gb)) {
            WebElement item = browser.await(By.cssSelector("li.upload-item[data-file='" + f.getFileName() + "']"));
            assertEquals(types.get(f), item.getAttribute("data-type"), "sent as its bytes with its type");
            assertFalse(item.findElements(By.tagName("progress")).isEmpty(), "its progress");
            browser.wait(Duration.ofSeconds(120)).until(d -> "EXTRACTED".equals(item.getAttribute("data-status")));
            String id = item.getAttribute("data-id");
            JsonNode doc = stack.json("/api/v1/documents/" + id, Map.of());
            assertEquals("EXTRACTED", doc.path("status").asText());
            assertTrue(doc.path("contentType").asText().startsWith(types.get(f)), doc.path("contentType").asText());
            assertTrue(doc.path("targetCount").asInt() >= 3, f + ": " + doc);
            assertTrue(item.getText().contains(String.valueOf(doc.path("targetCount").asInt())), "its outcome: " + item.getText());
            // The GB18030 bytes were read as GB18030: the text is the Chinese that was written.
            String served = stack.get("/api/v1/documents/" + id + "/text", "text/plain").body();
            assertTrue(served.contains("研发经费投入强度达到4.5%以上"), f + ": " + served);
        }
        browser.screenshot("documents-upload-formats");
    }

    @Test
    void aFinishedYearWithoutAResultIsNotReportedAndEveryStatusAndReasonIsInThePagesLanguage() throws Exception {
        int thisYear = java.time.Year.now().getValue();
        // An indicator with a target of a finished year for which no result is reported (the API says pending).
        String key = null;
        for (JsonNode i : stack.json("/api/v1/indicators", Map.of("size", "100")).path("items")) {
            JsonNode series = stack.json("/api/v1/indicators/" + enc(i.path("key").asText()) + "/series", Map.of());
            for (JsonNode s : series.path("series")) {
                for (JsonNode p : s.path("points")) {
                    if ("pending".equals(p.path("status").asText()) && endYear(p.path("year").asText()) < thisYear) {
                        key = i.path("key").asText();
                    }
                }
            }
            if (key != null) {
                break;
            }
        }
        assertTrue(key != null, "the seeds hold a target of a past year with no result");
        JsonNode series = stack.json("/api/v1/indicators/" + enc(key) + "/series", Map.of());
        for (String lang : List.of("zh", "en")) {
            browser.open("", "home");
            browser.js("localStorage.setItem('mubiao.lang', arguments[0])", lang);
            browser.open("#/indicators/" + enc(key), "indicator");
            browser.await(By.cssSelector("section.series"));
            int notReported = 0;
            for (JsonNode s : series.path("series")) {
                for (JsonNode p : s.path("points")) {
                    WebElement row = browser.driver.findElement(By.cssSelector("table.points tr[data-target-id='"
                            + p.path("targetId").asText() + "']"));
                    if (p.path("kind").asText().equals("target")) {
                        String api = p.path("status").asText();
                        String expected = "pending".equals(api) && endYear(p.path("year").asText()) < thisYear ? "not_reported" : api;
                        assertEquals(expected, row.getAttribute("data-status"), "target " + p.path("targetId"));
                        String badge = row.findElement(By.cssSelector("[data-target-status]")).getText();
                        String reason = row.findElement(By.cssSelector(".status-reason")).getText();
                        if (expected.equals("not_reported")) {
                            notReported++;
                            assertEquals("zh".equals(lang) ? "未报告" : "not reported", badge);
                        }
                        if ("zh".equals(lang)) {
                            assertFalse(badge.matches(".*[A-Za-z]{3,}.*") || reason.matches(".*[A-Za-z]{4,}.*"),
                                    "Chinese status and reason: " + badge + " / " + reason);
                        } else {
                            // (the figures keep their Chinese units: 3 万人)
                            assertFalse(badge.matches(".*\\p{IsHan}.*"), "English status: " + badge);
                            assertTrue(reason.matches(".*[a-z]{3,}.*"), "English reason: " + reason);
                        }
                    } else {
                        // A result says so when the corpus holds no target for its year.
                        boolean anyTarget = false;
                        for (JsonNode s2 : series.path("series")) {
                            for (JsonNode q : s2.path("points")) {
                                anyTarget |= q.path("kind").asText().equals("target") && q.path("year").asText().equals(p.path("year").asText());
                            }
                        }
                        assertEquals(!anyTarget, !row.findElements(By.cssSelector(".no-target")).isEmpty(), "achievement " + p.path("targetId"));
                    }
                }
            }
            assertTrue(notReported > 0);
            browser.screenshot("indicator-not-reported-" + lang);
        }
        browser.js("localStorage.removeItem('mubiao.lang')");
    }

    private static int endYear(String year) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})\\s*$").matcher(year);
        return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    /** Needs GET /api/v1/events (the live stream). */
    @Test
    void theDocumentsPageFollowsTheLiveEventStream() throws Exception {
        browser.open("#/documents", "documents");
        // The stream opens when the gateway sends its headers: at once, or with the first keep-alive (20 s).
        browser.wait(Duration.ofSeconds(30)).until(d -> d.findElement(By.id("stream-state")).getAttribute("class").contains("live"));
    }

    @Test
    void theLabelsSwitchBetweenChineseAndEnglish() {
        browser.open("#/targets", "targets");
        String before = browser.driver.findElement(By.cssSelector("header nav a[href='#/documents']")).getText();
        browser.driver.findElement(By.id("lang-toggle")).click();
        browser.awaitPage("targets");
        String after = browser.driver.findElement(By.cssSelector("header nav a[href='#/documents']")).getText();
        assertEquals(Set.of("Documents", "文件"), Set.of(before, after));
        browser.driver.findElement(By.id("lang-toggle")).click();
        browser.awaitPage("targets");
    }
}
