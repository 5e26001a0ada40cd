package org.eduroadmap.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eduroadmap.assistance.RequestStatus;
import org.eduroadmap.kpi.KpiOverview;
import org.eduroadmap.kpi.KpiStatus;
import org.eduroadmap.kpi.PriorityAreaChoice;
import org.eduroadmap.roadmap.AreaProgress;
import org.eduroadmap.roadmap.RoadmapSummary;

/** Everything the dashboard shows for a year, fetched in one service call. */
public record DashboardData(int year, String regionCode, List<PriorityAreaChoice> priorityAreas, List<KpiOverview> kpis,
                            Map<KpiStatus, Long> statusCounts,
                            Optional<RoadmapSummary> roadmap, List<AreaProgress> roadmapProgress,
                            Map<RequestStatus, Long> requestPipeline) {
}
