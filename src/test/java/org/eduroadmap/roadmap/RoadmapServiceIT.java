package org.eduroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

import org.eduroadmap.TestClock;

/** The timeline's and the grid's filters, each alone and together, on the demo Roadmap. */
@SpringBootTest
@Import(TestClock.class)
@WithMockUser(username = "minister", roles = "MINISTER")
class RoadmapServiceIT {

    @Autowired
    RoadmapService roadmap;
    @Autowired
    ActivityService activities;

    private static ActivityFilter status(ActivityStatus status) {
        return new ActivityFilter(null, null, null, status, null, null);
    }

    @Test
    void theSummaryWeighsProgressByPlannedDaysAndCountsWhatIsLateOrDueSoon() {
        LocalDate today = roadmap.today();
        List<ActivityRow> rows = roadmap.timeline(ActivityFilter.ALL);
        double weighted = 0;
        double days = 0;
        for (ActivityRow row : rows) {
            if (row.status() != ActivityStatus.CANCELLED) {
                long planned = java.time.temporal.ChronoUnit.DAYS.between(row.plannedStart(), row.plannedEnd()) + 1;
                weighted += planned * row.percentComplete();
                days += planned;
            }
        }
        java.util.function.Predicate<ActivityRow> open = row -> row.status() != ActivityStatus.DONE
                && row.status() != ActivityStatus.CANCELLED;

        RoadmapSummary summary = roadmap.summary().orElseThrow();

        assertThat(summary.progressPercent()).isCloseTo(weighted / days, org.assertj.core.data.Offset.offset(1e-9))
                .isBetween(1.0, 99.0);
        assertThat(summary.overdue()).isEqualTo(6)
                .isEqualTo(rows.stream().filter(open).filter(row -> row.plannedEnd().isBefore(today)).count());
        assertThat(summary.dueNext30Days()).isEqualTo(6).isEqualTo(rows.stream().filter(open)
                .filter(row -> !row.plannedEnd().isBefore(today) && !row.plannedEnd().isAfter(today.plusDays(30)))
                .count());
    }

    @Test
    void eachFilterKeepsOnlyWhatMatches() {
        List<ActivityRow> all = roadmap.timeline(ActivityFilter.ALL);
        Choice emis = activities.choices().actionAreas().stream().filter(area -> area.name().en().startsWith("Education"))
                .findFirst().orElseThrow();
        Choice manager = activities.choices().people().stream().filter(p -> p.name().en().equals("Merdan Orazov"))
                .findFirst().orElseThrow();

        assertThat(roadmap.timeline(status(ActivityStatus.DONE))).isNotEmpty()
                .allMatch(row -> row.status() == ActivityStatus.DONE)
                .hasSize((int) all.stream().filter(row -> row.status() == ActivityStatus.DONE).count());
        assertThat(roadmap.timeline(new ActivityFilter(emis.id(), null, null, null, null, null)))
                .isNotEmpty().allMatch(row -> row.actionAreaCode().equals("A2"));
        assertThat(roadmap.timeline(new ActivityFilter(null, null, manager.id(), null, null, null)))
                .isNotEmpty().allMatch(row -> "Merdan Orazov".equals(row.responsible()));
    }

    @Test
    void aDateWindowKeepsWhatOverlapsIt() {
        LocalDate from = LocalDate.of(2027, 1, 1);
        LocalDate to = LocalDate.of(2027, 3, 31);

        List<ActivityRow> rows = roadmap.timeline(new ActivityFilter(null, null, null, null, from, to));

        assertThat(rows).isNotEmpty()
                .allMatch(row -> !row.plannedEnd().isBefore(from) && !row.plannedStart().isAfter(to));
        assertThat(rows).hasSize((int) roadmap.timeline(ActivityFilter.ALL).stream()
                .filter(row -> !row.plannedEnd().isBefore(from) && !row.plannedStart().isAfter(to)).count());
    }

    @Test
    void theGridPagesAndSortsTheFilteredActivities() {
        ActivityFilter inProgress = status(ActivityStatus.IN_PROGRESS);

        List<ActivityRow> page = roadmap.activities(inProgress,
                PageRequest.of(0, 4, Sort.by(Sort.Direction.DESC, "plannedEnd"))).getContent();

        assertThat(page).hasSize(4).allMatch(row -> row.status() == ActivityStatus.IN_PROGRESS);
        assertThat(page).extracting(ActivityRow::plannedEnd).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(roadmap.activities(new ActivityFilter(null, null, null, ActivityStatus.DONE,
                LocalDate.of(2030, 1, 1), null), PageRequest.of(0, 10)).getContent()).as("nothing ends after 2030")
                .isEmpty();
    }

    @Test
    void pageAfterPageGivesEveryActivityOnceInOrder() {
        List<ActivityRow> paged = new java.util.ArrayList<>();
        org.springframework.data.domain.Slice<ActivityRow> slice = roadmap.activities(ActivityFilter.ALL,
                PageRequest.of(0, 7, Sort.by("percentComplete")));
        paged.addAll(slice.getContent());
        while (slice.hasNext()) {
            slice = roadmap.activities(ActivityFilter.ALL, slice.nextPageable());
            paged.addAll(slice.getContent());
        }

        assertThat(paged).extracting(ActivityRow::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(roadmap.timeline(ActivityFilter.ALL).stream()
                        .map(ActivityRow::id).toList());
        assertThat(paged).extracting(ActivityRow::percentComplete).isSorted();
    }
}
