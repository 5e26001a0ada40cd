package org.eduroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
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

    /** Progress weighted by planned days, and per area the count and average, recomputed from the rows. */
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
        List<AreaProgress> progress = asManager(roadmap::summary).orElseThrow().areas();
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

        // A new activity counts; a cancelled one no longer does.
        ActivityDraft added = asManager(service::newDraft);
        added.setTitleEn("Pilot of tablets in rural schools");
        added.setActionArea(choices.actionAreas().getFirst());
        added.setOwner(choices.organisations().getFirst());
        added.setPlannedStart(java.time.LocalDate.of(2026, 1, 1));
        added.setPlannedEnd(java.time.LocalDate.of(2026, 12, 31));
        added.setStatus(ActivityStatus.IN_PROGRESS);
        added.setPercentComplete(35);
        long id = asManager(() -> service.save(added)).id();
        assertFiguresMatchTheActivities();

        ActivityDraft cancelled = asManager(() -> service.draft(id)).orElseThrow();
        cancelled.setStatus(ActivityStatus.CANCELLED);
        asManager(() -> service.save(cancelled));
        assertFiguresMatchTheActivities();
    }
}
