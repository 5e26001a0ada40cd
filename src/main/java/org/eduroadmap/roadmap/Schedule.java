package org.eduroadmap.roadmap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scheduling rules of the Roadmap, free of the database so each can be tested alone: finish-to-start
 * dependencies, their cycles and violations, shifting a dependent chain, overdue items and slip against a
 * baseline. Dependencies map an activity's id to the ids of the activities it waits for.
 */
public final class Schedule {

    private Schedule() {
    }

    /** The planned dates of one activity; a milestone starts and ends on the same day. */
    public record Dates(LocalDate start, LocalDate end) {

        Dates shiftedBy(long days) {
            return new Dates(start.plusDays(days), end.plusDays(days));
        }
    }

    /**
     * The loop that giving {@code activity} the predecessors {@code newPredecessors} would close, if any:
     * ids from the activity through what it waits for back to itself, e.g. {@code [A, B, C, A]} when A
     * would wait for B, B waits for C and C waits for A. The activity's old predecessors are ignored.
     */
    public static Optional<List<Long>> cycle(long activity, Collection<Long> newPredecessors,
                                             Map<Long, ? extends Collection<Long>> predecessorsOf) {
        for (Long first : newPredecessors) {
            List<Long> path = new ArrayList<>(List.of(activity));
            if (reaches(first, activity, predecessorsOf, path, new HashSet<>())) {
                path.add(activity);
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    private static boolean reaches(long from, long target, Map<Long, ? extends Collection<Long>> predecessorsOf,
                                   List<Long> path, Set<Long> visited) {
        // Reaching the target ends the walk, so the activity's old edges, which are being replaced, are never followed.
        if (from == target) {
            return true;
        }
        if (!visited.add(from)) {
            return false;
        }
        path.add(from);
        Collection<Long> predecessors = predecessorsOf.get(from);
        for (Long next : predecessors == null ? List.<Long>of() : predecessors) {
            if (reaches(next, target, predecessorsOf, path, visited)) {
                return true;
            }
        }
        path.removeLast();
        return false;
    }

    /**
     * Days by which {@code successor} starts before {@code predecessor} ends: 0 when the finish-to-start
     * dependency holds. Starting on the day the predecessor ends is allowed.
     */
    public static long overlapDays(Dates predecessor, Dates successor) {
        return Math.max(0, ChronoUnit.DAYS.between(successor.start(), predecessor.end()));
    }

    /**
     * The new dates of every activity that depends on {@code moved}, directly or through others, each
     * shifted by the same {@code days}, so the chain keeps its shape. The moved activity itself is not in
     * the result.
     */
    public static Map<Long, Dates> shiftChain(long moved, long days, Map<Long, ? extends Collection<Long>> predecessorsOf,
                                              Map<Long, Dates> dates) {
        Map<Long, List<Long>> successorsOf = new HashMap<>();
        predecessorsOf.forEach((successor, predecessors) -> predecessors.forEach(predecessor ->
                successorsOf.computeIfAbsent(predecessor, key -> new ArrayList<>()).add(successor)));
        Map<Long, Dates> shifted = new LinkedHashMap<>();
        Deque<Long> queue = new ArrayDeque<>(successorsOf.getOrDefault(moved, List.of()));
        while (!queue.isEmpty()) {
            Long next = queue.removeFirst();
            if (next == moved || shifted.containsKey(next)) {
                continue;
            }
            shifted.put(next, dates.get(next).shiftedBy(days));
            queue.addAll(successorsOf.getOrDefault(next, List.of()));
        }
        return shifted;
    }

    /** Planned end passed and the work neither done nor cancelled. */
    public static boolean isOverdue(LocalDate plannedEnd, ActivityStatus status, LocalDate today) {
        return plannedEnd.isBefore(today) && status != ActivityStatus.DONE && status != ActivityStatus.CANCELLED;
    }

    /** Days the planned end moved since the baseline: positive when late, negative when ahead. */
    public static long slipDays(Dates baseline, Dates current) {
        return ChronoUnit.DAYS.between(baseline.end(), current.end());
    }
}
