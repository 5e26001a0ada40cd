package org.eduroadmap.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.assistance.AssistanceService;
import org.eduroadmap.base.DataVersion;
import org.eduroadmap.kpi.KpiOverview;
import org.eduroadmap.kpi.KpiService;
import org.eduroadmap.kpi.KpiStatus;
import org.eduroadmap.kpi.PriorityAreaChoice;
import org.eduroadmap.roadmap.RoadmapService;
import org.eduroadmap.roadmap.RoadmapSummary;

/**
 * The home dashboard's data: KPI status, Roadmap progress and the request pipeline. Ministers open it far more
 * often than its records change, so what it computes is kept until the next change ({@link DataVersion}): a
 * visit then costs one read of the version, however many KPIs, activities and requests there are.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DashboardService {

    private final KpiService kpis;
    private final RoadmapService roadmap;
    private final AssistanceService assistance;
    private final DataVersion version;
    private final Clock clock;
    /** The same for every viewer: the pipeline, which depends on who looks, is kept by {@link AssistanceService}. */
    private final Cache<Key, Shared> kept = DataVersion.cache();

    DashboardService(KpiService kpis, RoadmapService roadmap, AssistanceService assistance, DataVersion version,
                     Clock clock) {
        this.kpis = kpis;
        this.roadmap = roadmap;
        this.assistance = assistance;
        this.version = version;
        this.clock = clock;
    }

    /** What the figures depend on: overdue and due-soon activities move with the date. */
    private record Key(int year, String regionCode, LocalDate today, long version) {
    }

    private record Shared(List<PriorityAreaChoice> priorityAreas, List<KpiOverview> kpis,
                          Optional<RoadmapSummary> roadmap) {
    }

    public DashboardData dashboard(int year) {
        return dashboard(year, null, null);
    }

    /**
     * @param priorityAreaCode only the KPIs of this area, or all when null
     * @param regionCode       the region's own values against the national targets, or national figures when null
     */
    public DashboardData dashboard(int year, String priorityAreaCode, String regionCode) {
        LocalDate today = LocalDate.now(clock);
        Shared shared = version.kept(kept, at -> new Key(year, regionCode, today, at),
                () -> new Shared(List.copyOf(kpis.priorityAreas()), List.copyOf(kpis.overview(year, regionCode)),
                        roadmap.summary()));
        List<KpiOverview> all = shared.kpis();
        List<KpiOverview> overview = priorityAreaCode == null ? all
                : all.stream().filter(kpi -> kpi.priorityAreaCode().equals(priorityAreaCode)).toList();
        Map<KpiStatus, Long> counts = new EnumMap<>(KpiStatus.class);
        for (KpiStatus status : KpiStatus.values()) {
            counts.put(status, 0L);
        }
        overview.forEach(kpi -> counts.merge(kpi.status(), 1L, Long::sum));
        return new DashboardData(year, regionCode, shared.priorityAreas(), overview, counts, shared.roadmap(),
                shared.roadmap().map(RoadmapSummary::areas).orElse(List.of()), assistance.pipeline());
    }
}
