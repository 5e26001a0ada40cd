package org.eduroadmap.roadmap;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.InputRules;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.roadmap.Schedule.Dates;

/**
 * Named snapshots of the plan ("as signed", "Q3 review") and how today's plan slipped against them.
 * Project managers save baselines; nobody changes one afterwards.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class BaselineService {

    public static final int NAME_LENGTH = 200;

    private final BaselineRepository baselines;
    private final RoadmapRepository roadmaps;
    private final ActivityRepository activities;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;

    BaselineService(BaselineRepository baselines, RoadmapRepository roadmaps, ActivityRepository activities,
                    SecurityContextHolderStrategy securityContext, Clock clock) {
        this.baselines = baselines;
        this.roadmaps = roadmaps;
        this.activities = activities;
        this.securityContext = securityContext;
        this.clock = clock;
    }

    /** Newest first. */
    public List<BaselineSummary> baselines() {
        return baselines.findSummaries();
    }

    /** Saves today's planned dates of every activity under a name no other baseline has. */
    @PreAuthorize("hasRole('PROJECT_MANAGER')")
    @Transactional
    public BaselineSummary save(String name) {
        String stripped = InputRules.required("name", name, NAME_LENGTH, "baseline.error.name",
                "baseline.error.nameLength");
        if (baselines.existsByNameIgnoreCase(stripped)) {
            throw new RuleViolation("name", "baseline.error.nameTaken", stripped);
        }
        Roadmap roadmap = roadmaps.findFirstByOrderById()
                .orElseThrow(() -> new RuleViolation(null, "baseline.error.noRoadmap"));
        Baseline baseline = new Baseline(roadmap, stripped, securityContext.getContext().getAuthentication().getName(),
                clock.instant());
        activities.findAll().forEach(baseline::add);
        Baseline saved = baselines.save(baseline);
        return new BaselineSummary(saved.getId(), saved.getName(), saved.getCreatedBy(), saved.getCreatedAt(),
                saved.getEntries().size());
    }

    /** The baseline's dates by activity and the activities that slipped since, the latest first. */
    public Optional<BaselineComparison> compare(long baselineId) {
        return baselines.findById(baselineId).map(baseline -> {
            Map<Long, Dates> planned = baseline.getEntries().stream().collect(Collectors.toMap(
                    Baseline.Entry::activityId, entry -> new Dates(entry.plannedStart(), entry.plannedEnd())));
            Map<Long, ActivityRow> current = activities.findTimeline().stream()
                    .collect(Collectors.toMap(ActivityRow::id, Function.identity()));
            List<Slip> slips = planned.entrySet().stream().filter(entry -> current.containsKey(entry.getKey()))
                    .map(entry -> {
                        ActivityRow row = current.get(entry.getKey());
                        Dates now = new Dates(row.plannedStart(), row.plannedEnd());
                        return new Slip(row.id(), row.title(), entry.getValue(), now,
                                Schedule.slipDays(entry.getValue(), now));
                    })
                    .filter(slip -> slip.days() > 0)
                    .sorted(Comparator.comparingLong(Slip::days).reversed()
                            .thenComparing(slip -> slip.title().in(Locale.ENGLISH)))
                    .toList();
            return new BaselineComparison(baseline.getId(), baseline.getName(), planned, slips);
        });
    }

    /** One baseline and the activities that slipped against it. */
    public record BaselineComparison(long id, String name, Map<Long, Dates> planned, List<Slip> slipped) {
    }

    /** An activity whose planned end is {@code days} later than in the baseline. */
    public record Slip(long activityId, org.eduroadmap.base.LocalizedText title, Dates baseline, Dates current,
                       long days) {
    }
}
