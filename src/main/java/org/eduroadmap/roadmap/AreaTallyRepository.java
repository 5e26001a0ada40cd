package org.eduroadmap.roadmap;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AreaTallyRepository extends JpaRepository<AreaTally, Long> {

    /** The area's tally, locked until the transaction ends, so two changes in one area count one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AreaTally t where t.actionAreaId = :areaId")
    Optional<AreaTally> findForUpdate(long areaId);

    /** The sums counted afresh from the activities of an area; nothing when it has none. */
    @Query("""
            select new org.eduroadmap.roadmap.AreaTallyRepository$Sums(count(a), coalesce(sum(a.percentComplete), 0),
                coalesce(sum((a.plannedEnd - a.plannedStart) by day + 1), 0),
                coalesce(sum(((a.plannedEnd - a.plannedStart) by day + 1) * a.percentComplete), 0))
            from Activity a
            where a.actionArea.id = :areaId and a.status <> org.eduroadmap.roadmap.ActivityStatus.CANCELLED
            """)
    Sums count(long areaId);

    @Query("select new org.eduroadmap.roadmap.AreaTallyRepository$Sums(coalesce(sum(t.activities), 0), "
            + "coalesce(sum(t.percentSum), 0), coalesce(sum(t.plannedDays), 0), coalesce(sum(t.weightedDays), 0)) "
            + "from AreaTally t")
    Sums total();

    @Query("""
            select new org.eduroadmap.roadmap.AreaProgress(area.code, area.name, t.activities,
                   cast(t.percentSum as double) / t.activities)
            from AreaTally t join ActionArea area on area.id = t.actionAreaId
            where t.activities > 0 order by area.sortOrder
            """)
    List<AreaProgress> findProgressByArea();

    record Sums(Number activities, Number percentSum, Number plannedDays, Number weightedDays) {
    }
}
