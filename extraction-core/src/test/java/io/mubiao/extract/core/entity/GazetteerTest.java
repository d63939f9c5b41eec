package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The gazetteer files: canonical names, aliases, place stems. */
class GazetteerTest {

    @Test
    void districtStemsOnlyWhenHanLpKnowsThemAsPlaces() {
        assertEquals("嘉定", Gazetteer.placeStem("嘉定区", "LOCATION", Gazetteer.Kind.NAME));
        assertEquals(null, Gazetteer.placeStem("和平区", "LOCATION", Gazetteer.Kind.NAME)); // 和平 is a common word
        assertEquals(null, Gazetteer.placeStem("滨海新区", "LOCATION", Gazetteer.Kind.NAME)); // 滨海 is a common word
        assertEquals("浦东", Gazetteer.placeStem("浦东新区", "LOCATION", Gazetteer.Kind.NAME)); // mostly a place word
        assertEquals(null, Gazetteer.placeStem("朝阳区", "LOCATION", Gazetteer.Kind.NAME)); // as often a noun
        assertEquals("宝山", Gazetteer.placeStem("宝山区", "LOCATION", Gazetteer.Kind.NAME)); // unknown to the dictionary
        assertEquals(null, Gazetteer.placeStem("湘江新区", "LOCATION", Gazetteer.Kind.NAME)); // 湘江 is the river
        assertEquals(null, Gazetteer.placeStem("西藏自治区", "LOCATION", Gazetteer.Kind.NAME));
    }

    @Test
    void surnames() {
        assertTrue(Gazetteer.get().isSurname("张"));
        assertTrue(Gazetteer.get().isSurname("欧阳"));
    }

    @Test
    void labsAreFacilities() {
        assertEquals("FACILITY", Gazetteer.get().lookup("物质绿色创造与制造海河实验室").type());
        assertEquals("FACILITY", Gazetteer.get().lookup("海河实验室").type()); // not an ORG
    }
}
