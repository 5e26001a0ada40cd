package org.eduroadmap.assistance;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

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
     * the zone's own (23 or 25 hours when the clocks change); a weekend at a time, not a day at a time, so a
     * request open for years costs a few hundred steps, not thousands.
     */
    public Duration workingTime(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDate firstDay = LocalDate.ofInstant(from, zone);
        LocalDate dayAfter = LocalDate.ofInstant(to, zone).plusDays(1);
        Duration weekends = Duration.ZERO;
        // A weekend is Saturday and Sunday; the first one met may have begun before the first day.
        LocalDate saturday = firstDay.getDayOfWeek() == DayOfWeek.SUNDAY ? firstDay.minusDays(1)
                : firstDay.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        for (; saturday.isBefore(dayAfter); saturday = saturday.plusWeeks(1)) {
            Instant start = max(from, start(saturday));
            Instant end = min(to, start(saturday.plusDays(2)));
            if (end.isAfter(start)) {
                weekends = weekends.plus(Duration.between(start, end));
            }
        }
        return Duration.between(from, to).minus(weekends);
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
