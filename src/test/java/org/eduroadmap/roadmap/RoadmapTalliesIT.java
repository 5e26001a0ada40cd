package org.eduroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;

/**
 * The Roadmap's progress figures come from per-area tallies: after every kind of change of an activity they
 * still equal what the activities themselves add up to.
 */
@SpringBootTest
@Import(TestClock.class)
@Transactional
class RoadmapTalliesIT {

    @Autowired
    ActivityService service;
    @Autowired
    RoadmapService roadmap;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    private <T> T asManager(Supplier<T> action) {
        return new RunAs(securityContext).as("manager", "PROJECT_MANAGER", action);
    }

    private static final Set<ActivityStatus> OPEN = EnumSet.of(ActivityStatus.NOT_STARTED, ActivityStatus.IN_PROGRESS,
            ActivityStatus.ON_HOLD);

    /**
     * Progress weighted by planned days, per area the count and average, and the open activities overdue and
     * due within 30 days, recomputed from the rows.
     */
    private void assertFiguresMatchTheActivities() {
        List<ActivityRow> rows = asManager(() -> roadmap.timeline(ActivityFilter.ALL)).stream()
                .filter(row -> row.status() != ActivityStatus.CANCELLED).toList();
        double weighted = 0;
        double days = 0;
        for (ActivityRow row : rows) {
            long planned = ChronoUnit.DAYS.between(row.plannedStart(), row.plannedEnd()) + 1;
            weighted += planned * row.percentComplete();
            days += planned;
        }
        assertThat(asManager(roadmap::summary).orElseThrow().progressPercent())
                .isCloseTo(weighted / days, Offset.offset(1e-9));
        Map<String, Double> averages = rows.stream().collect(Collectors.groupingBy(ActivityRow::actionAreaCode,
                Collectors.averagingInt(ActivityRow::percentComplete)));
        Map<String, Long> counts = rows.stream().collect(Collectors.groupingBy(ActivityRow::actionAreaCode,
                Collectors.counting()));
        LocalDate today = LocalDate.ofInstant(TestClock.NOW, ZoneOffset.UTC);
        List<ActivityRow> open = rows.stream().filter(row -> OPEN.contains(row.status())).toList();
        RoadmapSummary summary = asManager(roadmap::summary).orElseThrow();
        assertThat(summary.overdue()).isEqualTo(open.stream().filter(row -> row.plannedEnd().isBefore(today)).count());
        assertThat(summary.dueNext30Days()).isEqualTo(open.stream().filter(row -> !row.plannedEnd().isBefore(today)
                && !row.plannedEnd().isAfter(today.plusDays(30))).count());
        List<AreaProgress> progress = summary.areas();
        assertThat(progress).extracting(AreaProgress::code).containsExactlyInAnyOrderElementsOf(counts.keySet());
        assertThat(progress).allSatisfy(area -> {
            assertThat(area.activities()).isEqualTo(counts.get(area.code()));
            assertThat(area.averagePercent()).isCloseTo(averages.get(area.code()), Offset.offset(1e-9));
        });
    }

    @Test
    void progressFollowsEveryChangeOfAnActivity() {
        assertFiguresMatchTheActivities();
        ActivityRow first = asManager(() -> roadmap.timeline(ActivityFilter.ALL)).getFirst();
        EditorChoices choices = asManager(service::choices);

        // Progress, dates and area change at once: both the old and the new area are recounted.
        ActivityDraft draft = asManager(() -> service.draft(first.id())).orElseThrow();
        draft.setPercentComplete(draft.getPercentComplete() == 100 ? 10 : 100);
        draft.setStatus(draft.getPercentComplete() == 100 ? ActivityStatus.DONE : ActivityStatus.IN_PROGRESS);
        draft.setPlannedEnd(draft.getPlannedEnd().plusDays(40));
        draft.setActionArea(choices.actionAreas().getLast());
        asManager(() -> service.save(draft));
        assertFiguresMatchTheActivities();

        // A new activity counts, due within the month; moved earlier it falls overdue; cancelled it no longer counts.
        RoadmapSummary before = asManager(roadmap::summary).orElseThrow();
        ActivityDraft added = asManager(service::newDraft);
        added.setTitleEn("Pilot of tablets in rural schools");
        added.setActionArea(choices.actionAreas().getFirst());
        added.setOwner(choices.organisations().getFirst());
        added.setPlannedStart(LocalDate.of(2026, 1, 1));
        added.setPlannedEnd(LocalDate.of(2026, 12, 10));
        added.setStatus(ActivityStatus.IN_PROGRESS);
        added.setPercentComplete(35);
        long id = asManager(() -> service.save(added)).id();
        assertFiguresMatchTheActivities();
        assertThat(asManager(roadmap::summary).orElseThrow().dueNext30Days()).isEqualTo(before.dueNext30Days() + 1);

        ActivityDraft late = asManager(() -> service.draft(id)).orElseThrow();
        late.setPlannedEnd(LocalDate.of(2026, 11, 20));
        asManager(() -> service.save(late));
        assertFiguresMatchTheActivities();
        assertThat(asManager(roadmap::summary).orElseThrow().overdue()).isEqualTo(before.overdue() + 1);

        ActivityDraft cancelled = asManager(() -> service.draft(id)).orElseThrow();
        cancelled.setStatus(ActivityStatus.CANCELLED);
        asManager(() -> service.save(cancelled));
        assertFiguresMatchTheActivities();
    }

    private ActivityRow row(String title) {
        return asManager(() -> roadmap.timeline(ActivityFilter.ALL)).stream()
                .filter(activity -> activity.title().en().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void overdueAndDueSoonFollowAChainShiftedLater() {
        // The EMIS pilot ends 2026-06-30 (overdue on the 28 November 2026 of the tests); the analytics module, the
        // national roll-out and the operators' training wait for it.
        ActivityRow row = row("EMIS pilot in Ahal and Ashgabat schools");
        // The roll-out due within the month, then pushed past it by the shift.
        ActivityDraft rollout = asManager(() -> service.draft(row("EMIS national roll-out").id())).orElseThrow();
        rollout.setStatus(ActivityStatus.NOT_STARTED);
        rollout.setPercentComplete(0);
        rollout.setPlannedEnd(LocalDate.of(2026, 12, 15));
        asManager(() -> service.save(rollout));
        long dueSoon = asManager(roadmap::summary).orElseThrow().dueNext30Days();
        ActivityDraft pilot = asManager(() -> service.draft(row.id())).orElseThrow();
        pilot.setStatus(ActivityStatus.IN_PROGRESS);
        pilot.setPlannedEnd(LocalDate.of(2026, 12, 20));
        asManager(() -> service.save(pilot));
        assertFiguresMatchTheActivities();

        assertThat(asManager(() -> service.shiftSuccessors(row.id()))).isPositive();
        assertFiguresMatchTheActivities();
        assertThat(row("EMIS national roll-out").plannedEnd()).isAfter(LocalDate.of(2026, 12, 28));
        assertThat(asManager(roadmap::summary).orElseThrow().dueNext30Days()).isEqualTo(dueSoon);
    }
}
