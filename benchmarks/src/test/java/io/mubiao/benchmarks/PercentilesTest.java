package io.mubiao.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOverShuffledSamples() {
        List<Integer> values = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            values.add(i);
        }
        Collections.shuffle(values, new java.util.Random(7));
        Percentiles p = new Percentiles(values);
        assertEquals(100, p.at(50));
        assertEquals(190, p.at(95));
        assertEquals(198, p.at(99));
        assertEquals(200, p.at(100));
        assertEquals(1, p.at(0));
        assertEquals(200, p.max());
        assertEquals(100.5, p.mean(), 1e-9);
    }

    @Test
    void smallSamplesTakeTheLargestForHighPercentiles() {
        Percentiles p = new Percentiles(new double[] {30, 10, 20});
        assertEquals(20, p.at(50));
        assertEquals(30, p.at(99));
    }

    @Test
    void emptyIsNotANumber() {
        assertTrue(Double.isNaN(new Percentiles(List.<Double>of()).at(99)));
    }
}
