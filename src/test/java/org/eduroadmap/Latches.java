package org.eduroadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waiting on a latch inside a task of a concurrency test, where a checked exception cannot go. */
public final class Latches {

    private Latches() {
    }

    /** Waits for the latch, failing the test when it does not open within 30 seconds. */
    public static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("latch opened within 30 s").isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
