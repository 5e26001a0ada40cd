package org.eduroadmap.roadmap;

import java.time.LocalDate;
import java.util.List;

/**
 * One activity as its detail panel shows it: the grid row, what it waits for and what waits for it,
 * the KPIs it should move, the meeting it follows up, and the dependencies the plan breaks.
 */
public record ActivityDetail(ActivityRow row, String description, List<Choice> predecessors,
                             List<Choice> successors, List<KpiLink> kpis, Long meetingId, LocalDate meetingDate,
                             List<DependencyWarning> warnings) {

    public record KpiLink(String code, org.eduroadmap.base.LocalizedText name) {
    }
}
