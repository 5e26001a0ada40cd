package org.eduroadmap.audit;

import java.time.Instant;

/** A sign-in that succeeded or failed. */
public record SignInOutcome(Instant at, SecurityEventKind kind) {

    public boolean failed() {
        return kind == SecurityEventKind.SIGN_IN_FAILURE;
    }
}
