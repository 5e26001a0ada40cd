package org.eduroadmap;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Fixes "now" at 28 November 2026, so overdue counts and the dashboard year do not drift with the calendar. */
@TestConfiguration
public class TestClock {

    public static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
