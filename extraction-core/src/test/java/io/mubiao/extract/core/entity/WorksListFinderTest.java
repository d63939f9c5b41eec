package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorksListFinderTest {

    private final WorksListFinder finder = new WorksListFinder(CueLexicon.get());

    private List<String> names(String s) {
        return Lines.texts(finder, s).stream().sorted().toList();
    }

    @Test
    void theItemsOfAListClosedByAKindOfWorkAreWorks() {
        assertEquals(List.of("友谊路", "机场大道"), names("维修改造机场大道、友谊路等58条重要道路。"));
        assertEquals(List.of("京津塘", "兴港"), names("加快京津塘、兴港等高速公路建设。")); // 兴/v 港/j: a whole item
        assertEquals(List.of("复康路"), names("更新改造复康路等道路80条。"));
        assertEquals("FACILITY", Lines.find(finder, "建设开放元宝岛等公园。").get(0).type());
    }

    @Test
    void notAPlaceOfASharedHeadNorAnItemWithAVerb() {
        assertTrue(names("推进长征、黄河、长江等国家文化公园建设。").isEmpty()); // nouns between 等 and 公园
        assertTrue(names("推进京港澳和沪昆扩容等高速公路建设。").stream().noneMatch(t -> t.contains("扩容")));
        assertTrue(names("加快机场大道、友谊路等项目建设。").isEmpty()); // no kind of work
    }
}
