package io.mubiao.benchmarks;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles of a sample of latencies (all samples are kept; the runs are small enough). */
public final class Percentiles {
    private final double[] sorted;

    public Percentiles(Collection<? extends Number> values) {
        sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
    }

    public Percentiles(double[] values) {
        sorted = values.clone();
        Arrays.sort(sorted);
    }

    public int count() {
        return sorted.length;
    }

    /** The smallest sample with at least p % of the samples at or below it; NaN when empty. */
    public double at(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    public double mean() {
        return sorted.length == 0 ? Double.NaN : Arrays.stream(sorted).sum() / sorted.length;
    }

    /** The sorted samples (a copy), for charts. */
    public double[] sorted() {
        return sorted.clone();
    }
}
