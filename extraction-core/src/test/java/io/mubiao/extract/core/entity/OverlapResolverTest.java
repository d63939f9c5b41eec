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
}
