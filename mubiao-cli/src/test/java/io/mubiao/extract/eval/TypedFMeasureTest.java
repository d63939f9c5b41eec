package io.mubiao.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypedFMeasureTest {

    @Test
    void countsPerTypeAndAWrongTypeAgainstBoth() {
        TypedFMeasure f = new TypedFMeasure();
        TypedFMeasure.Key tj = new TypedFMeasure.Key("天津", "LOCATION");
        f.addDocument(List.of(tj, new TypedFMeasure.Key("两重", "POLICY"), new TypedFMeasure.Key("天津港", "FACILITY")),
                List.of(tj, tj, new TypedFMeasure.Key("天津港", "ORG")));
        assertEquals(new TypedFMeasure.Counts(1, 0, 0), f.of("LOCATION"));
        assertEquals(new TypedFMeasure.Counts(0, 1, 0), f.of("ORG"));
        assertEquals(new TypedFMeasure.Counts(0, 0, 1), f.of("FACILITY"));
        assertEquals(new TypedFMeasure.Counts(1, 1, 2), f.total());
        assertEquals(0.5, f.total().precision(), 1e-9);
        assertEquals(1.0 / 3, f.total().recall(), 1e-9);
        assertEquals(0.4, f.total().f1(), 1e-9);
        assertEquals(1.0, f.summary().get("LOCATION").get("f1"));
    }
}
