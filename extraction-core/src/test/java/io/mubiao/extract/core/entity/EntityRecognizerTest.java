package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.extract.core.EntityMention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Plain JUnit 5 (no Quarkus): the recognizer on seed 002 against its gold, and unit tests of the rules. */
class EntityRecognizerTest {

    private static final Path SEED = Path.of("../seeds/002_cecafb9285237524.txt");
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private Optional<EntityMention> find(List<EntityMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    private void assertEntity(String sentence, String text, String type) {
        List<EntityMention> ms = recognizer.recognize(sentence);
        Optional<EntityMention> m = find(ms, text);
        assertTrue(m.isPresent(), () -> text + " not found in " + ms);
        assertEquals(type, m.get().type(), () -> text + " typed wrongly: " + ms);
        assertEquals(text, sentence.substring(m.get().start(), m.get().end()));
    }

    private void assertNoEntity(String sentence, String text) {
        List<EntityMention> ms = recognizer.recognize(sentence);
        assertFalse(find(ms, text).isPresent(), () -> text + " should not be found in " + ms);
    }

    @Test
    void deterministic() throws Exception {
        String text = Files.readString(SEED);
        assertEquals(recognizer.recognize(text), new EntityRecognizer().recognize(text));
    }

    @Test
    void suffixRulesBuildCompoundNames() {
        assertEntity("筹建京津冀区域合作办公室，构建协同机制。", "京津冀区域合作办公室", "ORG");
        assertEntity("加强天津港集团与河北港口集团务实合作。", "河北港口集团", "ORG");
        assertEntity("提升京津合作示范区等平台功能。", "京津合作示范区", "FACILITY");
        assertEntity("推进津兴城际、京滨城际南段建设。", "京滨城际南段", "FACILITY");
        assertEntity("实施天津滨海国际机场三期改扩建工程，加快建设。", "天津滨海国际机场三期改扩建工程", "FACILITY");
        assertEntity("谋划召开京津冀三省市党政主要领导座谈会。", "京津冀三省市党政主要领导座谈会", "EVENT");
        assertEntity("共建京津冀国家技术创新中心。", "京津冀国家技术创新中心", "FACILITY"); // a platform (SCHEMA)
    }

    @Test
    void suffixRulesNeedAnAnchorAndStopAtVerbsAndDe() {
        assertNoEntity("打造宜居宜业宜游的港产城融合发展示范区。", "港产城融合发展示范区");
        assertNoEntity("推进全国重点实验室重组。", "全国重点实验室");
        assertNoEntity("实施重大生态工程。", "重大生态工程");
        assertNoEntity("加快建设区域枢纽机场。", "区域枢纽机场");
        assertNoEntity("市委召开新闻发布会。", "市委召开新闻发布会");
        assertNoEntity("乘坐高铁出行。", "乘坐高铁");
    }

    @Test
    void framesForTitlesQuotesAndSessions() {
        assertEntity("审议通过了《推动京津冀协同发展走深走实行动方案》。", "推动京津冀协同发展走深走实行动方案", "POLICY");
        assertEntity("本文摘自《天津日报》。", "天津日报", "ORG"); // a bare 摘自《…》 line is a source credit: boilerplate
        assertEntity("以实施“六治工程”为牵引。", "六治工程", "POLICY");
        assertEntity("5月31日召开的市委十二届三次全会审议通过。", "市委十二届三次全会", "EVENT");
        assertEntity("党的二十大以来，成效显著。", "党的二十大", "EVENT");
        assertEntity("习近平总书记在深入推进京津冀协同发展座谈会上的重要讲话。", "深入推进京津冀协同发展座谈会", "EVENT");
        assertEntity("北京投资来源单位在津新设机构261家。", "津", "LOCATION");
    }

    @Test
    void personsNeedACue() {
        assertEntity("市委新闻发言人，市委常委、市委秘书长王力军介绍，全会通过。", "王力军", "PERSON");
        assertEntity("市发展改革委副局级负责同志白向东说，下一步工作。", "白向东", "PERSON");
        assertEntity("张津生说，首先要坚持以学促干。", "张津生", "PERSON");
        assertEntity("市长张工在报告中说，成绩显著。", "张工", "PERSON");
        assertNoEntity("靠作风吃饭、拿实绩说话。", "实绩");
        assertNoEntity("白向东", "白向东"); // no cue, no gazetteer entry
    }

    @Test
    void governmentBodiesAndDepartments() {
        assertEntity("市发展改革委副局级负责同志说。", "市发展改革委", "ORG");
        assertEntity("市委组织部副部长表示。", "市委组织部", "ORG");
        assertEntity("绍兴市政府", "绍兴市政府", "ORG");
        assertEntity("市委、市政府始终把协同发展作为主战略。", "市政府", "ORG");
    }

    @Test
    void canonicalFormsFromGazetteerAliases() {
        List<EntityMention> ms = recognizer.recognize("高标准建设天开园，服务天津和北京。");
        assertEquals("天开高教科创园", find(ms, "天开园").orElseThrow().canonical());
        assertEquals("FACILITY", find(ms, "天开园").orElseThrow().type());
        assertEquals("天津市", find(ms, "天津").orElseThrow().canonical());
        assertEquals("北京市", find(ms, "北京").orElseThrow().canonical());
        List<EntityMention> zone = recognizer.recognize("东疆保税港区开展改革试点。");
        assertEquals("东疆综合保税区", find(zone, "东疆保税港区").orElseThrow().canonical()); // a rename kept as alias
        assertEntity("学习借鉴成渝“双城”经济圈经验。", "成渝“双城”经济圈", "LOCATION");
    }

    @Test
    void canonicalFormsAreFullNamesWhereTheTextAbbreviates() {
        assertCanonical("推进京滨城际、津潍高铁建设。", "京滨城际", "京滨城际铁路");
        assertCanonical("推进京滨城际南段建设。", "京滨城际南段", "京滨城际铁路南段");
        assertCanonical("高标准建设雄安新区。", "雄安新区", "河北雄安新区");
        assertCanonical("深化京津合作，推动京津同城化。", "京津", "北京市、天津市");
        assertCanonical("党的二十大以来，成效显著。", "党的二十大", "中国共产党第二十次全国代表大会");
        assertCanonical("在党中央坚强领导下。", "党中央", "中国共产党中央委员会");
        assertCanonical("绍兴市政府与天津港集团签署协议。", "绍兴市政府", "绍兴市人民政府");
        assertCanonical("市发展改革委副局级负责同志说。", "市发展改革委", "市发展和改革委员会");
        assertCanonical("加强与河北港口集团务实合作。", "河北港口集团", "河北港口集团有限公司");
    }

    private void assertCanonical(String sentence, String text, String canonical) {
        List<EntityMention> ms = recognizer.recognize(sentence);
        assertEquals(canonical, find(ms, text).orElseThrow(() -> new AssertionError(text + " not found in " + ms)).canonical());
    }

    @Test
    void boilerplateLinesYieldNoEntities() {
        BoilerplateFilter f = new BoilerplateFilter();
        assertEquals(BoilerplateFilter.LineKind.NAVIGATION, f.classifyLine("当前位置:新闻中心>>新闻时讯>>正文"));
        assertEquals(BoilerplateFilter.LineKind.NAVIGATION, f.classifyLine("首页 | 会长致辞 | 绍商风采 | 新闻中心 | 联系我们"));
        assertEquals(BoilerplateFilter.LineKind.URL, f.classifyLine("http://epaper.tianjinwe.com/tjrb/html/2023-06/02/x.htm"));
        assertEquals(BoilerplateFilter.LineKind.LEGAL, f.classifyLine("津公网安备 12010102000341号"));
        assertEquals(BoilerplateFilter.LineKind.CREDIT, f.classifyLine("（责任编辑：王小明）"));
        assertEquals(BoilerplateFilter.LineKind.LINK_LIST, f.classifyLine("相关政府网站:"));
        assertEquals(BoilerplateFilter.LineKind.CONTENT, f.classifyLine("一是在承接北京非首都功能疏解上下功夫。"));
        String page = "新闻中心\n商会新闻\n商会公告\n新闻时讯\n\n首页 | 会长致辞 | 天津新闻 | 联系我们\n（责任编辑：王小明）\n津ICP备19010415号-1\n"
                + "相关政府网站:\n天津政务网   天津和平区政务网\n";
        assertTrue(new EntityRecognizer().recognize(page).isEmpty());
        List<EntityMention> kept = recognizer.recognize(page);
        assertTrue(kept.stream().allMatch(m -> m.text().endsWith("政务网")), kept::toString); // link lists kept by default
        assertNoEntity("版权所有:天津绍兴商会 津ICP备19010415号-1", "津");
    }
}
