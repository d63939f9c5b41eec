package io.mubiao.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.LongSupplier;

/** One timed turn of an engine on this thread: what it did (documents, characters), this thread's CPU and the wall time. */
record Turn(long units, long cpuNanos, long wallNanos) {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    /** Runs the step, which returns the units it did, until the seconds are up and it did some. */
    static Turn run(double seconds, LongSupplier step) {
        long wall0 = System.nanoTime();
        long cpu0 = MX.getCurrentThreadCpuTime();
        long units = 0;
        while (System.nanoTime() - wall0 < seconds * 1e9 || units == 0) {
            units += step.getAsLong();
        }
        return new Turn(units, MX.getCurrentThreadCpuTime() - cpu0, System.nanoTime() - wall0);
    }

    /** Adds this turn to totals of units, CPU ns and wall ns. */
    void addTo(long[] totals) {
        totals[0] += units;
        totals[1] += cpuNanos;
        totals[2] += wallNanos;
    }
}
