package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Places in a list closed by 等 and a word for places. */
class PlaceListFinderTest {

    private final PlaceListFinder f = new PlaceListFinder(CueLexicon.get());

    @Test
    void itemsOfAListOfPlacesArePlaces() {
        assertEquals(List.of("林州", "永城", "巩义"), Lines.texts(f, "支持巩义、永城、林州等10个有条件的县（市）发展成为中等城市"));
        assertEquals("LOCATION", Lines.find(f, "潜江、松滋等10个县市获批").get(0).type());
        assertEquals(List.of("贾湖", "双槐树", "仰韶村"), Lines.texts(f, "加强仰韶村、双槐树、贾湖等遗址保护传承"));
    }

    @Test
    void marketsAndKindsAreNot() {
        assertTrue(Lines.find(f, "深耕东盟、西亚、中亚等新兴市场").isEmpty());
        assertTrue(Lines.find(f, "成立大宗商品、检验检测等市级经营平台").isEmpty());
        assertTrue(Lines.find(f, "巩义、永城、林州等产品").isEmpty());
    }
}
