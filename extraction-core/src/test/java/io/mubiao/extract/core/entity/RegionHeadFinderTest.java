package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Regions named by a place and a region head. */
class RegionHeadFinderTest {

    private final RegionHeadFinder f = new RegionHeadFinder(CueLexicon.get());

    @Test
    void aPlaceBeforeARegionHeadNamesARegion() {
        assertEquals(List.of("郑州都市圈", "扬子江城市群", "江淮生态经济区"),
                Lines.texts(f, "推动郑州都市圈一体化，建设扬子江城市群，江淮生态经济区"));
        assertEquals(List.of("丹江口库区", "豫东平原", "中原大地"), Lines.texts(f, "深化丹江口库区治理，豫东平原，中原大地"));
        assertEquals("LOCATION", Lines.find(f, "推进长江中游城市群建设").get(0).type());
    }

    @Test
    void withoutAPlaceTheHeadIsACommonNoun() {
        assertTrue(Lines.find(f, "加快城市群建设，加强重点流域治理，全流域").isEmpty());
        assertTrue(Lines.find(f, "长江四大流域").isEmpty());
    }

    @Test
    void landAfterAProvinceIsAFigureOfSpeech() {
        assertTrue(Lines.find(f, "奋力谱写江苏大地新篇章").isEmpty());
        assertEquals(List.of("中原大地"), Lines.texts(f, "奋力谱写中原大地新篇章")); // 中原地区 is a region, no division
    }
}
