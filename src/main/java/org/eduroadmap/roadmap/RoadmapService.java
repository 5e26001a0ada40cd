package org.eduroadmap.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.Pages;

/** Reading the Roadmap: every signed-in role may. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class RoadmapService {

    private final RoadmapRepository roadmaps;
    private final ActivityRepository activities;
    private final Clock clock;

    RoadmapService(RoadmapRepository roadmaps, ActivityRepository activities, Clock clock) {
        this.roadmaps = roadmaps;
        this.activities = activities;
        this.clock = clock;
    }

    public Optional<RoadmapSummary> summary() {
        LocalDate today = LocalDate.now(clock);
        return roadmaps.findFirstByOrderById().map(roadmap -> new RoadmapSummary(roadmap.getTitle(),
                roadmap.getStatus(), roadmap.getSignedOn(), roadmap.getStartDate(), roadmap.getEndDate(),
                weightedProgress(activities.findTimeline()), activities.countOverdue(today),
                activities.countDueBetween(today, today.plusDays(30))));
    }

    public Slice<ActivityRow> activities(ActivityFilter filter, Pageable pageable) {
        return activities.findRows(filter, Pages.sortedOr(pageable, Sort.by("plannedStart")));
    }

    public List<ActivityRow> timeline(ActivityFilter filter) {
        return activities.findTimeline(filter);
    }

    /** The activities expected to move a KPI. */
    public List<ActivityRow> activitiesForKpi(String kpiCode) {
        return activities.findForKpi(kpiCode);
    }

    public List<AreaProgress> progressByArea() {
        return activities.findProgressByArea();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Long activities weigh more than short ones; a milestone counts as one day. */
    static double weightedProgress(List<ActivityRow> rows) {
        double weighted = 0;
        double total = 0;
        for (ActivityRow row : rows) {
            if (row.status() == ActivityStatus.CANCELLED) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(row.plannedStart(), row.plannedEnd()) + 1;
            weighted += days * row.percentComplete();
            total += days;
        }
        return total == 0 ? 0 : weighted / total;
    }
}
