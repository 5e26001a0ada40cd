package org.eduroadmap.assistance;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;

/**
 * The first-response promise: an advisor responds within a number of working days (Monday to Friday)
 * of submission. The clock stands still while the ministry is asked for information, and stops for
 * good at the first response.
 */
public final class RequestSla {

    private static final Duration WORKING_DAY = Duration.ofDays(1);

    private final int workingDays;
    private final ZoneId zone;

    public RequestSla(int workingDays, ZoneId zone) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("At least one working day: " + workingDays);
        }
        this.workingDays = workingDays;
        this.zone = zone;
    }

    public enum State {
        /** Not submitted yet: no clock. */
        NOT_STARTED,
        RUNNING,
        PAUSED,
        /** Responded in time. */
        MET,
        /** No response in time; stays so after a late response. */
        BREACHED
    }

    /**
     * Where the promise stands.
     *
     * @param remaining working time left (zero once met or breached)
     * @param breachedDays whole working days past the deadline, rounded up (zero unless breached)
     */
    public record Status(State state, Duration remaining, long breachedDays) {

        public long remainingDays() {
            return remaining.toDays();
        }

        public long remainingHours() {
            return remaining.toHoursPart();
        }

        /** Whether the clock still runs or stands and at most a day is left. */
        public boolean dueWithinADay() {
            return (state == State.RUNNING || state == State.PAUSED) && remaining.compareTo(WORKING_DAY) <= 0;
        }
    }

    /**
     * @param submittedAt when the request was submitted, or null
     * @param firstResponseAt when an advisor first responded, or null
     * @param pausedSince when the current pause began (the request awaits information), or null
     * @param paused working time of the pauses already over
     */
    public Status status(Instant submittedAt, Instant firstResponseAt, Instant pausedSince, Duration paused,
                         Instant now) {
        if (submittedAt == null) {
            return new Status(State.NOT_STARTED, Duration.ZERO, 0);
        }
        Instant end = firstResponseAt != null ? firstResponseAt : pausedSince != null ? pausedSince : now;
        Duration used = workingTime(submittedAt, end).minus(paused == null ? Duration.ZERO : paused);
        Duration left = WORKING_DAY.multipliedBy(workingDays).minus(used);
        if (left.isNegative() || left.isZero()) {
            long late = (long) Math.ceil(left.negated().toSeconds() / (double) WORKING_DAY.toSeconds());
            return new Status(State.BREACHED, Duration.ZERO, Math.max(late, 1));
        }
        State state = firstResponseAt != null ? State.MET : pausedSince != null ? State.PAUSED : State.RUNNING;
        return new Status(state, state == State.MET ? Duration.ZERO : left, 0);
    }

    /**
     * The time between two moments that falls on working days: the whole time, less the weekends in it. Days are
     * the zone's own (23 or 25 hours when the clocks change). The first and the last weekend are cut to the
     * interval; every weekend between lasts 48 hours less the clock changes within it, so a request open for years
     * costs a step per clock change, not per weekend.
     */
    public Duration workingTime(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDate firstDay = LocalDate.ofInstant(from, zone);
        LocalDate lastDay = LocalDate.ofInstant(to, zone);
        // A weekend is Saturday and Sunday; the first one met may have begun before the first day.
        LocalDate first = firstDay.getDayOfWeek() == DayOfWeek.SUNDAY ? firstDay.minusDays(1)
                : firstDay.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        LocalDate last = lastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        Duration all = Duration.between(from, to);
        if (first.isAfter(last)) {
            return all;
        }
        Duration weekends = weekendPart(first, from, to);
        if (last.isAfter(first)) {
            weekends = weekends.plus(weekendPart(last, from, to));
            LocalDate firstWhole = first.plusWeeks(1);
            long whole = ChronoUnit.WEEKS.between(firstWhole, last);
            if (whole > 0) {
                weekends = weekends.plus(Duration.ofDays(2 * whole)).minus(clockChanges(firstWhole, whole));
            }
        }
        return all.minus(weekends);
    }

    /** The part of the weekend beginning on a Saturday that falls between two moments. */
    private Duration weekendPart(LocalDate saturday, Instant from, Instant to) {
        Instant start = max(from, start(saturday));
        Instant end = min(to, start(saturday.plusDays(2)));
        return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
    }

    /**
     * How much the clocks moved forward (less back) within a number of weekends from a Saturday on: a weekend
     * whose clocks go forward an hour lasts 47 hours. A change counts in a weekend when it comes after the
     * weekend's first moment and no later than its last.
     */
    private Duration clockChanges(LocalDate firstSaturday, long weekends) {
        Instant from = start(firstSaturday);
        Instant until = start(firstSaturday.plusWeeks(weekends - 1).plusDays(2));
        Duration moved = Duration.ZERO;
        for (ZoneOffsetTransition change = zone.getRules().nextTransition(from);
             change != null && !change.getInstant().isAfter(until);
             change = zone.getRules().nextTransition(change.getInstant())) {
            Instant at = change.getInstant();
            LocalDate day = LocalDate.ofInstant(at.minusNanos(1), zone);
            LocalDate saturday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            if (!day.isAfter(saturday.plusDays(1)) && at.isAfter(start(saturday))
                    && !at.isAfter(start(saturday.plusDays(2)))) {
                moved = moved.plus(change.getDuration());
            }
        }
        return moved;
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
