package org.eduroadmap.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.eduroadmap.audit.SecurityEventLog;
import org.eduroadmap.audit.SignInOutcome;

/**
 * Refuses further sign-ins for a username after too many failures in a short time. It counts from the
 * audit trail's sign-in records, so the limit holds across application nodes and restarts. A refused
 * attempt is answered exactly like a wrong password, so it reveals neither the lock nor the user.
 */
@Component
class SignInThrottle {

    private final SecurityEventLog events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockDuration;

    SignInThrottle(SecurityEventLog events, Clock clock,
                   @Value("${eduroadmap.security.sign-in.max-failures:5}") int maxFailures,
                   @Value("${eduroadmap.security.sign-in.failure-window:15m}") Duration window,
                   @Value("${eduroadmap.security.sign-in.lock-duration:15m}") Duration lockDuration) {
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    /**
     * Locked while the last {@code maxFailures} sign-ins all failed within the window and the last of them
     * is more recent than the lock duration. Refused attempts are not failures, so they do not extend it.
     */
    boolean isLocked(String username) {
        Instant now = clock.instant();
        Instant since = now.minus(window.plus(lockDuration));
        List<SignInOutcome> latest = events.recentSignIns(username, since, maxFailures);
        if (latest.size() < maxFailures || !latest.stream().allMatch(SignInOutcome::failed)) {
            return false;
        }
        Instant newest = latest.getFirst().at();
        Instant oldest = latest.getLast().at();
        return !oldest.isBefore(newest.minus(window)) && now.isBefore(newest.plus(lockDuration));
    }
}
