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
    /** At most this long, however the call's time moves. */
    static final long MAX_WARM_UP_NANOS = 40_000_000_000L;
    static final int RUNS = 15;

    private static final Runnable NOTHING = () -> { };

    private Timing() {
    }

    static double median(Supplier<?> call) {
        return median(call, RUNS);
    }

    /** The median of more calls, for a call of a single round trip, whose time is that round trip's spread. */
    static double median(Supplier<?> call, int runs) {
        return mediansInTurn(NOTHING, call, () -> null, runs)[0];
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
        return mediansInTurn(beforeCall, call, reference, RUNS);
    }

    private static double[] mediansInTurn(Runnable beforeCall, Supplier<?> call, Supplier<?> reference, int runs) {
        warmUp(() -> {
            beforeCall.run();
            return call.get();
        });
        warmUp(reference);
        double[] calls = new double[runs];
        double[] references = new double[runs];
        for (int i = 0; i < runs; i++) {
            beforeCall.run();
            calls[i] = time(call);
            references[i] = time(reference);
        }
        Arrays.sort(calls);
        Arrays.sort(references);
        return new double[]{calls[runs / 2], references[runs / 2]};
    }

    /**
     * Runs the call a second at a time until three seconds in a row bring no new best mean, at least
     * {@link #WARM_UP_NANOS} and {@link #WARM_UP} calls, at most {@link #MAX_WARM_UP_NANOS}. On two cores the
     * application's calls took 15 to 20 seconds to reach their steady state (a mean per second 3 to 5 times lower
     * than after 3 seconds), plain JDBC a few.
     */
    private static void warmUp(Supplier<?> call) {
        long start = System.nanoTime();
        double best = Double.MAX_VALUE;
        int calls = 0;
        int quiet = 0;
        while ((quiet < 3 || calls < WARM_UP || System.nanoTime() - start < WARM_UP_NANOS)
                && System.nanoTime() - start < MAX_WARM_UP_NANOS) {
            long second = System.nanoTime();
            int inSecond = 0;
            do {
                call.get();
                inSecond++;
            } while (System.nanoTime() - second < 1_000_000_000L);
            calls += inSecond;
            double mean = (System.nanoTime() - second) / (double) inSecond;
            if (mean < best * 0.95) {
                best = mean;
                quiet = 0;
            } else {
                quiet++;
            }
        }
    }

    private static double time(Supplier<?> call) {
        long start = System.nanoTime();
        call.get();
        return (System.nanoTime() - start) / 1e6;
    }
}
