package io.mubiao.extract.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapResolverTest {

    private final OverlapResolver resolver = new OverlapResolver();

    @Test
    void longestThenTierThenLeftmost() {
        Span port = new Span(0, 3, "FACILITY", "天津港", 1);
        Span city = new Span(0, 2, "LOCATION", "天津市", 1);
        Span zone = new Span(0, 6, "FACILITY", "天津港保税区", 2);
        Span other = new Span(7, 9, "LOCATION", "河北", 1);
        assertEquals(List.of(zone, other), resolver.resolve(List.of(port, city, zone, other), 10));
        Span rule = new Span(2, 5, "POLICY", "x", 2);
        Span frame = new Span(2, 5, "EVENT", "y", 3);
        assertEquals(List.of(frame), resolver.resolve(List.of(rule, frame), 10));
    }

    @Test
    void orderOfInputDoesNotMatter() {
        List<Span> spans = new ArrayList<>(List.of(new Span(0, 4, "ORG", "a", 1), new Span(2, 6, "FACILITY", "b", 1),
                new Span(5, 8, "POLICY", "c", 2), new Span(0, 4, "POLICY", "d", 1)));
        List<Span> first = resolver.resolve(spans, 10);
        Collections.reverse(spans);
        assertEquals(first, resolver.resolve(spans, 10));
    }

    @Test
    void aFacilityNamedOnADoctrineIsDroppedAndItsPlaceStands() {
        // 长三角美丽中国先行区: 美丽中国 is a slogan (SCHEMA), so is the zone built on it
        Span zone = new Span(0, 10, "FACILITY", "长三角美丽中国先行区", 2);
        Span doctrine = new Span(3, 7, Span.NOT_A_NAME, "美丽中国", 3);
        Span place = new Span(0, 3, "LOCATION", "长三角", 1);
        List<Span> chosen = new OverlapResolver().resolve(List.of(zone, doctrine, place), 10);
        assertEquals(List.of(place, doctrine), chosen);
        Span policy = new Span(0, 10, "POLICY", "美丽中国建设行动方案", 2); // a programme keeps its name
        assertEquals(List.of(policy), new OverlapResolver().resolve(List.of(policy, doctrine), 10));
    }
}
