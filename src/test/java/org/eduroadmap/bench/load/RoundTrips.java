package org.eduroadmap.bench.load;

/** Where a virtual user reports each server round trip it made. */
@FunctionalInterface
public interface RoundTrips {

    /**
     * @param step      what the round trip did, e.g. "open dashboard"
     * @param startedAt System.nanoTime() when the request was sent
     * @param nanos     from sending the request to having read the whole response
     * @param ok        whether the response passed its checks
     */
    void record(String step, long startedAt, long nanos, boolean ok);
}
