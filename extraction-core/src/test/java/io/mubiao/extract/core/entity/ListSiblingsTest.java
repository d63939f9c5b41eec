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
}
