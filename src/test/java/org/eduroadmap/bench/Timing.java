package org.eduroadmap.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Median wall time of a call, in milliseconds, after a warm-up long enough for the JIT compiler to have
 * compiled the code it runs: a server answers thousands of calls a day, so it is the steady state that counts.
 * Five calls, as an earlier version of this class made, left most of the application's code interpreted and
 * weighed it several times against a reference that runs little Java.
 */
final class Timing {

    static final int WARM_UP = 5;
    /** At least this long, at least {@link #WARM_UP} calls. */
    static final long WARM_UP_NANOS = 3_000_000_000L;
    static final int RUNS = 15;

    private static final Runnable NOTHING = () -> { };

    private Timing() {
    }

    static double median(Supplier<?> call) {
        return mediansInTurn(NOTHING, call, () -> null)[0];
    }

    /**
     * The medians of a call and of its reference, timed in turns (call, reference, call, ...), so that a
     * machine whose load changes during the measurement weighs on both alike. Index 0: the call, 1: the reference.
     */
    static double[] mediansInTurn(Supplier<?> call, Supplier<?> reference) {
        return mediansInTurn(NOTHING, call, reference);
    }

    /**
     * The same, with an untimed step before each call (e.g. a change that makes it compute afresh). The call and
     * the reference are each warmed up on their own first: in turns, a reference that takes seconds (a raw query
     * H2 cannot cut short) would leave the call a handful of warm-up runs, interpreted.
     */
    static double[] mediansInTurn(Runnable beforeCall, Supplier<?> call, Supplier<?> reference) {
        warmUp(() -> {
            beforeCall.run();
            return call.get();
        });
        warmUp(reference);
        double[] calls = new double[RUNS];
        double[] references = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            beforeCall.run();
            calls[i] = time(call);
            references[i] = time(reference);
        }
        Arrays.sort(calls);
        Arrays.sort(references);
        return new double[]{calls[RUNS / 2], references[RUNS / 2]};
    }

    private static void warmUp(Supplier<?> call) {
        long until = System.nanoTime() + WARM_UP_NANOS;
        for (int i = 0; i < WARM_UP || System.nanoTime() < until; i++) {
            call.get();
        }
    }

    private static double time(Supplier<?> call) {
        long start = System.nanoTime();
        call.get();
        return (System.nanoTime() - start) / 1e6;
    }
}
