package org.eduroadmap.bench.load;

/** A response that is not what a working screen answers: counted as an error, never as a fast round trip. */
public class LoadFailure extends RuntimeException {

    public LoadFailure(String message) {
        super(message);
    }

    public LoadFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
