package org.eduroadmap.roadmap;

import java.time.LocalDate;

import org.eduroadmap.base.LocalizedText;

/** An activity as grids and the timeline show it: read-only, with its joins already made. */
public record ActivityRow(Long id, ActivityKind kind, LocalizedText title, String actionAreaCode,
                          LocalizedText actionArea, LocalizedText owner, String responsible,
                          LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
                          LocalDate actualEnd, int percentComplete, ActivityStatus status) {

    /** Planned end passed and not finished. */
    public boolean isOverdue(LocalDate today) {
        return Schedule.isOverdue(plannedEnd, status, today);
    }
}
