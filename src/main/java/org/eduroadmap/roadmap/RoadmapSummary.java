package org.eduroadmap.roadmap;

import java.time.LocalDate;
import java.util.List;

import org.eduroadmap.base.LocalizedText;

/**
 * @param progressPercent completion of all activities weighted by their planned duration
 * @param areas           the average completion in each action area that has activities, in the areas' order
 */
public record RoadmapSummary(LocalizedText title, RoadmapStatus status, LocalDate signedOn, LocalDate start,
                             LocalDate end, double progressPercent, long overdue, long dueNext30Days,
                             List<AreaProgress> areas) {
}
