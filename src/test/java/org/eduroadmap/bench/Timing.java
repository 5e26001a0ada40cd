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
            times[i] = time(call);
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    /**
     * The medians of a call and of its reference, timed in turns (call, reference, call, ...), so that a
     * machine whose load changes during the measurement weighs on both alike. Index 0: the call, 1: the reference.
     */
    static double[] mediansInTurn(Supplier<?> call, Supplier<?> reference) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
            reference.get();
        }
        double[] calls = new double[RUNS];
        double[] references = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            calls[i] = time(call);
            references[i] = time(reference);
        }
        Arrays.sort(calls);
        Arrays.sort(references);
        return new double[]{calls[RUNS / 2], references[RUNS / 2]};
    }

    private static double time(Supplier<?> call) {
        long start = System.nanoTime();
        call.get();
        return (System.nanoTime() - start) / 1e6;
    }
}
