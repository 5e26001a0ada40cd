package org.eduroadmap.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        return roadmaps.findFirstByOrderById().map(roadmap -> {
            ActivityRepository.Figures figures = activities.findFigures(today, today.plusDays(30));
            return new RoadmapSummary(roadmap.getTitle(), roadmap.getStatus(), roadmap.getSignedOn(),
                    roadmap.getStartDate(), roadmap.getEndDate(), figures.progressPercent(),
                    figures.overdue().longValue(), figures.dueSoon().longValue());
        });
    }

    public Slice<ActivityRow> activities(ActivityFilter filter, Pageable pageable) {
        Slice<Long> ids = activities.findIds(filter, Pages.sortedOr(pageable, Sort.by("plannedStart")));
        Map<Long, ActivityRow> rows = activities.findRows(ids.getContent()).stream()
                .collect(Collectors.toMap(ActivityRow::id, Function.identity()));
        return ids.map(rows::get);
    }

    public List<ActivityRow> timeline(ActivityFilter filter) {
        return activities.findTimeline(filter);
    }

    /** The first activities that pass the filter, in the timeline's order: a chart cannot draw thousands. */
    public List<ActivityRow> timeline(ActivityFilter filter, int limit) {
        return activities.findTimeline(filter, org.springframework.data.domain.Limit.of(limit));
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
}
