package org.eduroadmap.dashboard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.assistance.AssistanceService;
import org.eduroadmap.kpi.KpiOverview;
import org.eduroadmap.kpi.KpiService;
import org.eduroadmap.kpi.KpiStatus;
import org.eduroadmap.roadmap.RoadmapService;

/** The home dashboard's data: KPI status, Roadmap progress and the request pipeline. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DashboardService {

    private final KpiService kpis;
    private final RoadmapService roadmap;
    private final AssistanceService assistance;

    DashboardService(KpiService kpis, RoadmapService roadmap, AssistanceService assistance) {
        this.kpis = kpis;
        this.roadmap = roadmap;
        this.assistance = assistance;
    }

    public DashboardData dashboard(int year) {
        return dashboard(year, null, null);
    }

    /**
     * @param priorityAreaCode only the KPIs of this area, or all when null
     * @param regionCode       the region's own values against the national targets, or national figures when null
     */
    public DashboardData dashboard(int year, String priorityAreaCode, String regionCode) {
        List<KpiOverview> all = kpis.overview(year, regionCode);
        List<KpiOverview> overview = priorityAreaCode == null ? all
                : all.stream().filter(kpi -> kpi.priorityAreaCode().equals(priorityAreaCode)).toList();
        Map<KpiStatus, Long> counts = new EnumMap<>(KpiStatus.class);
        for (KpiStatus status : KpiStatus.values()) {
            counts.put(status, 0L);
        }
        overview.forEach(kpi -> counts.merge(kpi.status(), 1L, Long::sum));
        return new DashboardData(year, regionCode, kpis.priorityAreas(), overview, counts, roadmap.summary(), roadmap.progressByArea(),
                assistance.pipeline());
    }
}
