package org.eduroadmap.roadmap;

import java.time.LocalDate;

import org.eduroadmap.base.LocalizedText;

/**
 * @param progressPercent completion of all activities weighted by their planned duration
 */
public record RoadmapSummary(LocalizedText title, RoadmapStatus status, LocalDate signedOn, LocalDate start,
                             LocalDate end, double progressPercent, long overdue, long dueNext30Days) {
}
