package org.eduroadmap.roadmap;

import java.time.LocalDate;

/** What the timeline and the activity grid show: each criterion applies when set. */
public record ActivityFilter(Long actionAreaId, Long ownerId, Long responsibleId, ActivityStatus status,
                             LocalDate from, LocalDate to) {

    public static final ActivityFilter ALL = new ActivityFilter(null, null, null, null, null, null);

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    /** The window's first day; without one, a day before any plan. */
    public LocalDate firstDay() {
        return from == null ? EARLIEST : from;
    }

    /** The window's last day; without one, a day after any plan. */
    public LocalDate lastDay() {
        return to == null ? LATEST : to;
    }
}
