package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mubiao.extract.core.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Directions that point inside a place are no regions. */
class CompassFinderTest {

    private final CompassFinder f = new CompassFinder();

    private static List<String> locations(String s) {
        return new EntityRecognizer().recognize(s).stream().filter(m -> m.type().equals("LOCATION"))
                .map(EntityMention::text).toList();
    }

    @Test
    void cornersAndListsOfDirectionsAreNoRegions() {
        assertEquals(List.of("西北角"), Lines.texts(f, "古文化街、西北角等客流如织"));
        assertEquals(List.of("东北、西北、西南、东南"), Lines.texts(f, "推动东北、西北、西南、东南四个片区内城市共同实施"));
        assertTrue(locations("推动东北、西北、西南、东南四个片区内城市共同实施").isEmpty());
    }

    @Test
    void aDirectionAloneStaysTheRegion() {
        assertTrue(Lines.find(f, "在推动新时代东北全面振兴取得新突破").isEmpty());
        assertEquals(List.of("东北"), locations("在推动新时代东北全面振兴取得新突破"));
    }
}
