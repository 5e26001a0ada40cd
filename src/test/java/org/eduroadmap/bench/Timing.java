package org.eduroadmap.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/** Median wall time of a call, after a warm-up, in milliseconds. */
final class Timing {

    static final int WARM_UP = 5;
    static final int RUNS = 15;

    private Timing() {
    }

    static double median(Supplier<?> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
