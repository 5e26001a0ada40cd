package org.eduroadmap.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.DataVersion;
import org.eduroadmap.base.Pages;

/** Reading the Roadmap: every signed-in role may. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class RoadmapService {

    private final RoadmapRepository roadmaps;
    private final ActivityRepository activities;
    private final AreaTallyRepository tallies;
    private final RoadmapTallies openCounts;
    private final Clock clock;
    private final DataVersion version;
    private final Cache<Kept, Optional<RoadmapSummary>> summaries = DataVersion.cache();

    RoadmapService(RoadmapRepository roadmaps, ActivityRepository activities, AreaTallyRepository tallies,
                   RoadmapTallies openCounts, Clock clock, DataVersion version) {
        this.version = version;
        this.tallies = tallies;
        this.openCounts = openCounts;
        this.roadmaps = roadmaps;
        this.activities = activities;
        this.clock = clock;
    }

    /** Overdue and due-soon activities move with the date. */
    private record Kept(LocalDate today, long version) {
    }

    /**
     * The Roadmap's status, progress and overdue and due-soon counts, kept until the Roadmap's own records change
     * ({@link RoadmapChanges}): three statements when they have, none besides the data version when not.
     */
    public Optional<RoadmapSummary> summary() {
        LocalDate today = LocalDate.now(clock);
        return version.kept(RoadmapChanges.PART, summaries, at -> new Kept(today, at), () -> summary(today));
    }

    private Optional<RoadmapSummary> summary(LocalDate today) {
        return roadmaps.findFirstByOrderById().map(roadmap -> {
            List<AreaTallyRepository.AreaSums> areas = tallies.findByArea();
            double plannedDays = areas.stream().mapToLong(AreaTallyRepository.AreaSums::plannedDays).sum();
            double weightedDays = areas.stream().mapToLong(AreaTallyRepository.AreaSums::weightedDays).sum();
            double progress = plannedDays == 0 ? 0 : weightedDays / plannedDays;
            RoadmapTallies.OpenCounts open = openCounts.open(today, today.plusDays(30));
            return new RoadmapSummary(roadmap.getTitle(), roadmap.getStatus(), roadmap.getSignedOn(),
                    roadmap.getStartDate(), roadmap.getEndDate(), progress, open.overdue(),
                    open.dueSoon(), areas.stream().map(AreaTallyRepository.AreaSums::progress).toList());
        });
    }

    public Slice<ActivityRow> activities(ActivityFilter filter, Pageable pageable) {
        return activities.findPage(filter, Pages.sortedOr(pageable, Sort.by("plannedStart")));
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

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
