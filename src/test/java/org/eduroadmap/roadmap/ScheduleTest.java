package org.eduroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.eduroadmap.roadmap.Schedule.Dates;

class ScheduleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static Dates dates(String start, String end) {
        return new Dates(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void aDependencyThatClosesALoopIsFoundAndNamedInOrder() {
        // 2 waits for 1, 3 waits for 2: making 1 wait for 3 closes 1 -> 3 -> 2 -> 1.
        Map<Long, Set<Long>> predecessors = Map.of(2L, Set.of(1L), 3L, Set.of(2L));

        assertThat(Schedule.cycle(1, List.of(3L), predecessors)).contains(List.of(1L, 3L, 2L, 1L));
    }

    @Test
    void anActivityCannotWaitForItself() {
        assertThat(Schedule.cycle(5, List.of(5L), Map.of())).contains(List.of(5L, 5L));
    }

    @Test
    void aChainWithoutLoopIsAccepted() {
        Map<Long, Set<Long>> predecessors = Map.of(2L, Set.of(1L), 3L, Set.of(2L));

        assertThat(Schedule.cycle(3, List.of(1L, 2L), predecessors)).isEmpty();
        assertThat(Schedule.cycle(4, List.of(3L), predecessors)).isEmpty();
    }

    @Test
    void theActivitysOldPredecessorsDoNotCountAsALoop() {
        // 1 waits for 2 today; the edit replaces that with "1 waits for nothing new that leads back".
        Map<Long, Set<Long>> predecessors = Map.of(1L, Set.of(2L), 3L, Set.of(1L));

        assertThat(Schedule.cycle(1, List.of(4L), predecessors)).isEmpty();
        assertThat(Schedule.cycle(1, List.of(3L), predecessors)).contains(List.of(1L, 3L, 1L));
    }

    @Test
    void aSuccessorStartingBeforeItsPredecessorEndsOverlapsByTheDaysBetween() {
        Dates predecessor = dates("2025-01-01", "2025-03-31");

        assertThat(Schedule.overlapDays(predecessor, dates("2025-03-21", "2025-06-30"))).isEqualTo(10);
        assertThat(Schedule.overlapDays(predecessor, dates("2025-03-31", "2025-06-30"))).isZero();
        assertThat(Schedule.overlapDays(predecessor, dates("2025-04-15", "2025-06-30"))).isZero();
    }

    @Test
    void shiftingSuccessorsMovesTheWholeDependentChainByTheSameDays() {
        // 2 and 3 wait for 1; 4 waits for 3; 5 is unrelated; 6 waits for both 2 and 3 (reached twice, moved once).
        Map<Long, Set<Long>> predecessors = Map.of(2L, Set.of(1L), 3L, Set.of(1L), 4L, Set.of(3L),
                6L, Set.of(2L, 3L));
        Map<Long, Dates> plan = Map.of(
                1L, dates("2025-01-01", "2025-02-28"),
                2L, dates("2025-02-01", "2025-03-31"),
                3L, dates("2025-03-01", "2025-04-30"),
                4L, dates("2025-05-01", "2025-05-01"),
                5L, dates("2025-01-01", "2025-12-31"),
                6L, dates("2025-06-01", "2025-06-30"));

        Map<Long, Dates> shifted = Schedule.shiftChain(1, 28, predecessors, plan);

        assertThat(shifted).containsOnlyKeys(2L, 3L, 4L, 6L);
        assertThat(shifted.get(2L)).isEqualTo(dates("2025-03-01", "2025-04-28"));
        assertThat(shifted.get(4L)).isEqualTo(dates("2025-05-29", "2025-05-29"));
        assertThat(shifted.get(6L)).isEqualTo(dates("2025-06-29", "2025-07-28"));
    }

    @Test
    void overdueMeansPlannedEndPassedAndNotFinished() {
        LocalDate yesterday = TODAY.minusDays(1);

        assertThat(Schedule.isOverdue(yesterday, ActivityStatus.IN_PROGRESS, TODAY)).isTrue();
        assertThat(Schedule.isOverdue(yesterday, ActivityStatus.NOT_STARTED, TODAY)).isTrue();
        assertThat(Schedule.isOverdue(yesterday, ActivityStatus.ON_HOLD, TODAY)).isTrue();
        assertThat(Schedule.isOverdue(yesterday, ActivityStatus.DONE, TODAY)).isFalse();
        assertThat(Schedule.isOverdue(yesterday, ActivityStatus.CANCELLED, TODAY)).isFalse();
        assertThat(Schedule.isOverdue(TODAY, ActivityStatus.IN_PROGRESS, TODAY)).as("due today is not late yet")
                .isFalse();
    }

    @Test
    void slipIsTheMoveOfThePlannedEndSinceTheBaseline() {
        Dates baseline = dates("2025-01-15", "2025-06-30");

        assertThat(Schedule.slipDays(baseline, dates("2025-02-01", "2025-08-29"))).isEqualTo(60);
        assertThat(Schedule.slipDays(baseline, dates("2025-01-01", "2025-06-20"))).isEqualTo(-10);
        assertThat(Schedule.slipDays(baseline, baseline)).isZero();
    }
}
