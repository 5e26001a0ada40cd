package org.eduroadmap.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.eduroadmap.assistance.RequestSla.State;
import org.eduroadmap.assistance.RequestSla.Status;

/** Five working days to a first response; fixed dates in November 2026 (the 28th is a Saturday). */
class RequestSlaTest {

    private final RequestSla sla = new RequestSla(5, ZoneOffset.UTC);

    private static Instant at(String dateTime) {
        return Instant.parse(dateTime + ":00Z");
    }

    private Status running(String submitted, String now) {
        return sla.status(at(submitted), null, null, Duration.ZERO, at(now));
    }

    @Test
    void notSubmittedHasNoClock() {
        assertThat(sla.status(null, null, null, Duration.ZERO, at("2026-11-28T10:00")).state())
                .isEqualTo(State.NOT_STARTED);
    }

    @Test
    void countsWorkingDaysOnly() {
        // Submitted Monday 9:00; Wednesday 9:00 two working days are used.
        Status status = running("2026-11-16T09:00", "2026-11-18T09:00");
        assertThat(status.state()).isEqualTo(State.RUNNING);
        assertThat(status.remainingDays()).isEqualTo(3);
        assertThat(status.remainingHours()).isZero();
    }

    @Test
    void aWeekendDoesNotCount() {
        // Submitted Thursday 12:00; on Monday 12:00 only two working days have passed.
        Status status = running("2026-11-19T12:00", "2026-11-23T12:00");
        assertThat(status.remainingDays()).isEqualTo(3);
        // A submission on Saturday starts counting on Monday.
        Status weekend = running("2026-11-21T15:00", "2026-11-23T06:00");
        assertThat(weekend.remaining()).isEqualTo(Duration.ofDays(5).minusHours(6));
    }

    @Test
    void dueWithinADayOnTheLastDay() {
        // Thursday 09:00 + 5 working days = next Thursday 09:00; Wednesday 12:00 leaves 21 hours.
        Status status = running("2026-11-19T09:00", "2026-11-25T12:00");
        assertThat(status.remaining()).isEqualTo(Duration.ofHours(21));
        assertThat(status.dueWithinADay()).isTrue();
        assertThat(running("2026-11-19T09:00", "2026-11-24T08:00").dueWithinADay()).isFalse();
    }

    @Test
    void breachedByWholeWorkingDaysRoundedUp() {
        // Submitted Tuesday 17 November 9:00: due Tuesday 24th 9:00; by Saturday 28th 3 working days and 15 hours late, counted as 4.
        Status status = running("2026-11-17T09:00", "2026-11-28T10:00");
        assertThat(status.state()).isEqualTo(State.BREACHED);
        assertThat(status.breachedDays()).isEqualTo(4);
        assertThat(running("2026-11-17T09:00", "2026-11-24T10:00").breachedDays()).isEqualTo(1);
    }

    @Test
    void theClockStandsWhileInformationIsAwaited() {
        Instant submitted = at("2026-11-16T09:00");
        // Paused since Tuesday 9:00: one working day used, whatever "now" is.
        Status paused = sla.status(submitted, null, at("2026-11-17T09:00"), Duration.ZERO, at("2026-11-27T09:00"));
        assertThat(paused.state()).isEqualTo(State.PAUSED);
        assertThat(paused.remainingDays()).isEqualTo(4);
        // Resumed after a pause of two working days: on Friday 9:00, four days minus two paused are used.
        Duration pause = sla.workingTime(at("2026-11-17T09:00"), at("2026-11-19T09:00"));
        Status resumed = sla.status(submitted, null, null, pause, at("2026-11-20T09:00"));
        assertThat(resumed.state()).isEqualTo(State.RUNNING);
        assertThat(resumed.remainingDays()).isEqualTo(3);
    }

    @Test
    void theFirstResponseStopsTheClock() {
        Status met = sla.status(at("2026-11-16T09:00"), at("2026-11-18T09:00"), null, Duration.ZERO,
                at("2026-11-28T10:00"));
        assertThat(met.state()).isEqualTo(State.MET);
        Status late = sla.status(at("2026-11-02T09:00"), at("2026-11-11T09:00"), null, Duration.ZERO,
                at("2026-11-28T10:00"));
        assertThat(late.state()).isEqualTo(State.BREACHED);
        assertThat(late.breachedDays()).isEqualTo(2);
    }

    @Test
    void workingTimeIsTheTimeThatFallsOnWeekdaysOfTheZone() {
        Random random = new Random(20_261_129L);
        // Clocks that change at 2 or 3 at night on a Sunday, at midnight (Santiago, Havana), or never.
        for (ZoneId zone : List.of(ZoneOffset.UTC, ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Ashgabat"),
                ZoneId.of("America/New_York"), ZoneId.of("America/Santiago"), ZoneId.of("America/Havana"))) {
            RequestSla zoned = new RequestSla(5, zone);
            for (int i = 0; i < 3000; i++) {
                Instant from = at("2023-01-01T00:00").plusSeconds(random.nextLong(0, 3L * 365 * 86_400));
                // Mostly hours and days, sometimes years: requests left open for long.
                long span = i % 10 == 0 ? random.nextLong(0, 3L * 365 * 86_400) : random.nextLong(0, 20L * 86_400);
                Instant to = from.plusSeconds(span);
                assertThat(zoned.workingTime(from, to)).as("%s, %s to %s", zone, from, to)
                        .isEqualTo(dayByDay(zone, from, to));
            }
        }
    }

    /** The definition, a day at a time: each weekday's part of the interval. */
    private static Duration dayByDay(ZoneId zone, Instant from, Instant to) {
        Duration total = Duration.ZERO;
        for (LocalDate day = LocalDate.ofInstant(from, zone); day.atStartOfDay(zone).toInstant().isBefore(to);
             day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            Instant start = day.atStartOfDay(zone).toInstant().isAfter(from) ? day.atStartOfDay(zone).toInstant() : from;
            Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
            Instant end = dayEnd.isBefore(to) ? dayEnd : to;
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }
}
