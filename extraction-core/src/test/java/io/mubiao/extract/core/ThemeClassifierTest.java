package io.mubiao.extract.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.contracts.taxonomy.ThemeTaxonomy;
import io.mubiao.extract.core.ThemeClassifier.Basis;
import io.mubiao.extract.core.ThemeClassifier.Choice;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme classifier on headings and sentences written in the style of other provinces' work reports and plans
 * (not taken from the seed documents), with the default taxonomy, and a custom taxonomy that changes the result.
 */
class ThemeClassifierTest {

    private final ThemeClassifier classifier = new ThemeClassifier(ThemeTaxonomy.loadDefault());

    private Choice choose(List<String> section, String indicator, String sentence) {
        return classifier.choose(section, null, indicator, sentence, -1, -1, null);
    }

    private void assertTheme(String theme, Basis basis, List<String> section, String indicator, String sentence) {
        Choice c = choose(section, indicator, sentence);
        assertEquals(theme, c.theme(), () -> indicator + " in " + section + ": " + c);
        assertEquals(basis, c.basis(), () -> indicator + " in " + section + ": " + c);
    }

    @Test
    void aSpecificSectionHeadingDecidesEverythingUnderIt() {
        List<String> rural = List.of("四、深入实施乡村振兴战略");
        assertTheme("rural", Basis.HEADING, rural, "粮食总产量", "粮食总产量稳定在700亿斤以上。");
        // no rural word in the indicator: the section still files it
        assertTheme("rural", Basis.HEADING, rural, "培育省级龙头企业", "培育省级龙头企业50家。");
        List<String> green = List.of("三、2025年重点工作", "（五）持续改善生态环境质量");
        assertTheme("green", Basis.HEADING, green, "完成营造林", "完成营造林120万亩。");
        assertTheme("coordination", Basis.HEADING, List.of("（一）推动京津冀协同发展走深走实"), "签约项目",
                "签约项目320个。");
        assertTheme("manufacturing", Basis.HEADING, List.of("二、坚持制造强省战略，推进新型工业化"), "建成5G基站",
                "新建5G基站1.2万个。");
    }

    @Test
    void theDeepestMatchingHeadingWins() {
        List<String> path = List.of("第九章 增进民生福祉，健全社会保障体系", "第二节 建设高质量教育体系", "专栏8 高等教育内涵提升工程");
        assertTheme("innovation_talent", Basis.HEADING, path, "建设一流学科", "建设一流学科20个。");
        assertTheme("livelihood", Basis.HEADING, path.subList(0, 2), "新增学位", "新增学位5万个。");
    }

    @Test
    void genericWorkReportHeadingsFallThroughToTheIndicator() {
        List<String> review = List.of("一、2024年工作回顾");
        assertTheme("macro", Basis.INDICATOR, review, "地区生产总值", "全省地区生产总值增长5.2%。");
        assertTheme("livelihood", Basis.INDICATOR, review, "城镇调查失业率", "城镇调查失业率5.1%。");
        List<String> goals = List.of("二、2025年主要预期目标");
        assertTheme("macro", Basis.INDICATOR, goals, "居民消费价格涨幅", "居民消费价格涨幅2%左右。");
        assertTheme("macro", Basis.INDICATOR, goals, "固定资产投资", "固定资产投资增长6%。");
        assertTheme("green", Basis.INDICATOR, goals, "单位地区生产总值能耗", "单位地区生产总值能耗下降3%左右。");
    }

    @Test
    void aBroadSectionGivesWayToWhatTheIndicatorMeasures() {
        List<String> welfare = List.of("（七）着力保障和改善民生");
        assertTheme("urban_renewal", Basis.INDICATOR, welfare, "改造城镇老旧小区", "改造城镇老旧小区1200个。");
        assertTheme("governance", Basis.INDICATOR, welfare, "改造燃气管道", "改造燃气管道800公里。");
        assertTheme("livelihood", Basis.INDICATOR, welfare, "新增养老床位", "新增养老床位3000张。");
        // nothing more specific anywhere: the broad section decides
        assertTheme("livelihood", Basis.SECTION, welfare, "办成实事", "全年办成实事12件。");
    }

    @Test
    void theOverallTargetsParagraphIgnoresTheSectionItStandsIn() {
        List<String> governance = List.of("（十）实施党建引领基层治理行动");
        Choice c = classifier.choose(governance, "2025年全省经济社会发展的主要预期目标是", "地区生产总值",
                "地区生产总值增长5%左右。", 0, 11, null);
        assertEquals("macro", c.theme(), c::toString);
        Choice inside = classifier.choose(governance, "健全网格化管理体系", "规范化建设网格", "规范化建设网格500个。", 0, 10, null);
        assertEquals("governance", inside.theme(), inside::toString);
    }

    @Test
    void inTheIndicatorTheLeadingModifierNamesTheDomain() {
        List<String> none = List.of();
        assertTheme("rural", Basis.INDICATOR, none, "农村居民人均可支配收入", "农村居民人均可支配收入增长6.5%。");
        assertTheme("livelihood", Basis.INDICATOR, none, "城镇居民人均可支配收入", "城镇居民人均可支配收入增长5%。");
        assertTheme("manufacturing", Basis.INDICATOR, none, "数字经济核心产业增加值占地区生产总值比重",
                "数字经济核心产业增加值占地区生产总值比重达到12%。");
        assertTheme("new_area", Basis.INDICATOR, none, "经济技术开发区工业总产值", "经济技术开发区工业总产值突破3000亿元。");
        // overlapping cues: the longer one (绿色工厂 is a factory, not a green area)
        assertTheme("manufacturing", Basis.INDICATOR, none, "国家级绿色工厂", "新增国家级绿色工厂30家。");
        // a bracketed gloss does not count
        assertTheme("livelihood", Basis.INDICATOR, none, "社区嵌入式养老服务设施（含农村互助幸福院）",
                "建设社区嵌入式养老服务设施（含农村互助幸福院）200个。");
    }

    @Test
    void withoutCuesInTheIndicatorTheSentenceAndThePreviousFigureDecide() {
        String s = "举办京津冀产业对接活动，签约项目120个。";
        Choice c = classifier.choose(List.of(), null, "签约项目", s, s.indexOf("签约"), s.length() - 1, null);
        assertEquals("coordination", c.theme(), c::toString);
        assertEquals(Basis.SENTENCE, c.basis());

        String fund = "新增高新技术企业800家，总数达到1.2万家。";
        Choice first = classifier.choose(List.of(), null, "新增高新技术企业", fund, 0, 12, null);
        Choice second = classifier.choose(List.of(), null, "总数", fund, 13, fund.length() - 1, first);
        assertEquals("innovation_talent", first.theme());
        assertEquals("innovation_talent", second.theme(), second::toString);
        assertEquals(Basis.PREVIOUS, second.basis());
    }

    @Test
    void noCueAnywhereGoesToTheTaxonomysDefault() {
        Choice c = choose(List.of("三、切实加强政府自身建设"), "办结事项", "办结事项1200件。");
        assertEquals(Basis.DEFAULT, c.basis(), c::toString);
        assertEquals(ThemeTaxonomy.loadDefault().defaultTheme(), c.theme());
    }

    @Test
    void everyTargetOfADocumentIsFiledUnderAThemeOfTheTaxonomy() {
        String text = "一、2024年工作回顾\n全省地区生产总值增长5.2%，粮食总产量达到700亿斤，新建5G基站1.2万个。\n"
                + "二、2025年重点工作\n（一）深入实施乡村振兴战略\n建设高标准农田200万亩，培育龙头企业50家。\n";
        List<Target> targets = new Extractor().targets(new SourceDocument("other-province.txt", text, null));
        assertTrue(targets.size() >= 4, targets::toString);
        List<String> codes = ThemeTaxonomy.loadDefault().themes().stream().map(t -> t.code()).toList();
        for (Target t : targets) {
            assertTrue(codes.contains(t.theme()), t::toString);
            assertEquals(t.sentence(), text.substring(t.sentenceStart(), t.sentenceEnd()));
        }
        assertEquals("macro", theme(targets, "地区生产总值"));
        assertEquals("rural", theme(targets, "粮食总产量"));
        assertEquals("manufacturing", theme(targets, "新建5G基站"));
        assertEquals("rural", theme(targets, "培育龙头企业"));
    }

    @Test
    void aCustomTaxonomyChangesTheClassification(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("water.json");
        Files.writeString(file, """
                {"name": "test", "defaultTheme": "economy", "themes": [
                  {"code": "water", "nameZh": "水利", "headingCues": ["水利"], "indicatorCues": ["水库", "灌溉"]},
                  {"code": "economy", "nameZh": "经济", "indicatorCues": ["生产总值"]}
                ]}""", StandardCharsets.UTF_8);
        String text = "一、加强水利基础设施建设\n新建小型水库12座。\n二、经济运行\n全省地区生产总值增长5%，新增灌溉面积30万亩。\n";
        SourceDocument doc = new SourceDocument("water.txt", text, null);
        List<Target> custom = new Extractor(ThemeTaxonomy.load(file)).targets(doc);
        assertEquals("water", theme(custom, "新建小型水库"));
        assertEquals("economy", theme(custom, "地区生产总值"));
        assertEquals("water", theme(custom, "新增灌溉面积"));
        List<Target> standard = new Extractor().targets(doc);
        assertNotEquals("water", theme(standard, "新建小型水库"));
        assertEquals("macro", theme(standard, "地区生产总值"));
    }

    private static String theme(List<Target> targets, String indicator) {
        return targets.stream().filter(t -> t.indicator().equals(indicator)).findFirst()
                .orElseThrow(() -> new AssertionError(indicator + " not extracted: " + targets)).theme();
    }

    @Test
    void cuesAddedForOtherProvincesFileByWhatIsMeasured() {
        List<String> none = List.of("二、主要任务");
        assertTheme("rural", Basis.INDICATOR, none, "主要畜禽规模化养殖机械化率", "主要畜禽规模化养殖机械化率达到85%以上。");
        assertTheme("rural", Basis.INDICATOR, none, "林果机械化生产示范基地", "建成5个林果机械化生产示范基地。");
        assertTheme("urban_renewal", Basis.INDICATOR, none, "常住人口城镇化率", "常住人口城镇化率达到65%。");
        assertTheme("manufacturing", Basis.INDICATOR, none, "商业航天重点企业", "新引进10家商业航天重点企业。");
        assertTheme("manufacturing", Basis.INDICATOR, none, "省级以上绿色工业园区", "省级以上绿色工业园区74个。");
        assertTheme("coordination", Basis.INDICATOR, none, "过江通道", "建成过江通道4座。");
        assertTheme("green", Basis.INDICATOR, none, "水土流失面积", "治理水土流失面积6779平方公里。");
        assertTheme("macro", Basis.HEADING, List.of("（一）千方百计稳就业稳企业稳市场稳预期"), "专项债券资金",
                "发行地方政府专项债券资金1327亿元。");
    }
}
