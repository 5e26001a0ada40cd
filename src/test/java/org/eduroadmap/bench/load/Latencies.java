package org.eduroadmap.bench.load;

import java.util.Arrays;

/** Round-trip times of one kind, in nanoseconds, and their percentiles (nearest rank). */
public final class Latencies {

    private long[] values = new long[1024];
    private int count;

    public synchronized void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    public synchronized int count() {
        return count;
    }

    /** The p-th percentile in milliseconds, 0 when nothing was measured. */
    public synchronized double percentileMillis(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)] / 1_000_000.0;
    }

    public double maxMillis() {
        return percentileMillis(100);
    }
}
