package org.eduroadmap.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most so many calls per token in each minute (a fixed window per token, kept in memory, so
 * each application node counts on its own). Enough to stop a runaway client; the EMIS sends a
 * batch of values in one call.
 */
@Component
class ApiRateLimiter {

    private static final long WINDOW_MILLIS = Duration.ofMinutes(1).toMillis();

    private final int perMinute;
    private final Clock clock;
    private final Map<Long, Window> windows = new ConcurrentHashMap<>();

    ApiRateLimiter(@Value("${eduroadmap.api.requests-per-minute:60}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts a call; empty when allowed, else the seconds until the token may call again. */
    OptionalLong acquire(long tokenId) {
        long now = clock.millis();
        long start = now - now % WINDOW_MILLIS;
        Window window = windows.compute(tokenId, (id, current) ->
                current == null || current.start != start ? new Window(start, 1) : new Window(start, current.count + 1));
        if (window.count <= perMinute) {
            return OptionalLong.empty();
        }
        long retryAfterMillis = start + WINDOW_MILLIS - now;
        return OptionalLong.of(Math.max(1, (retryAfterMillis + 999) / 1000));
    }

    private record Window(long start, int count) {
    }
}
