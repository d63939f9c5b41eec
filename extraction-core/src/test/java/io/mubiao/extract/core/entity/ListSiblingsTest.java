package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListSiblingsTest {

    private final HeadWordFinder finder = new HeadWordFinder(HeadWords.get(), CueLexicon.get());
    private final ListSiblings siblings = new ListSiblings(HeadWords.get(), CueLexicon.get());

    private List<String> names(String s) {
        LineContext line = Lines.of(s);
        List<Span> spans = new ArrayList<>();
        new GazetteerFinder().find(line, spans);
        finder.find(line, spans);
        siblings.extend(line, spans);
        return new OverlapResolver().resolve(spans, s.length()).stream().map(x -> s.substring(x.start(), x.end())).toList();
    }

    @Test
    void theItemsBesideAFoundFacilityWithItsHeadAreNamesToo() {
        List<String> n = names("殷墟博物馆新馆、大河村遗址博物馆、汉魏洛阳故城遗址博物馆等文化新地标建成开放。");
        assertTrue(n.contains("汉魏洛阳故城遗址博物馆"));
        assertTrue(n.contains("大河村遗址博物馆"));
        assertTrue(n.contains("殷墟博物馆新馆")); // a sibling's sibling, with its new wing
    }

    @Test
    void notAKindNorALevelNorACount() {
        assertFalse(names("加快推动省招投标交易平台、服务平台、监督平台数据共享。").contains("服务平台"));
        assertFalse(names("加快建设中南大学国家医学中心、省级区域医疗中心。").contains("省级区域医疗中心"));
        assertFalse(names("建成天津市急救中心、3个区域中心。").stream().anyMatch(t -> t.startsWith("3")));
    }

    @Test
    void theItemsBesideAFoundFacilityWithAnotherFacilityHeadAreNamesToo() {
        // 集聚区 beside 科研基地 and 示范区; 临/v 港/j is a place the segmenter tags as a verb, 制造 sits inside
        List<String> n = names("围绕浦东卫星互联网科研基地、临港卫星制造集聚区、青浦北斗空间信息应用示范区等形成布局。");
        assertTrue(n.contains("临港卫星制造集聚区"));
    }

    @Test
    void theObjectsOfParallelFrameVerbsAreSiblings() {
        List<String> n = names("启动杨柳青电厂、完成大港电厂共6台亚临界机组替代。");
        assertTrue(n.contains("杨柳青电厂"));
    }

    @Test
    void notAKindOfGenericWordsNorAVerbWithoutAProperWordNorTheTailOfAQuotedName() {
        assertFalse(names("国家实验室、合肥综合性国家科学中心能级跃升。").contains("国家实验室"));
        assertFalse(names("华中区域应急救援中心、粮食应急保障中心、邮件处理中心等项目实施。").contains("邮件处理中心"));
        assertFalse(names("推动宜西攀高铁、“三江”流域水风光一体化清洁能源基地、四川盆地大中型灌区纳入规划。")
                .contains("流域水风光一体化清洁能源基地"));
        assertFalse(names("建设运行国家超级智算成都中心、省低空运行管理服务平台等新型基础设施。")
                .stream().anyMatch(t -> t.startsWith("运行")));
    }
}
