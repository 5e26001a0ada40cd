package org.eduroadmap.roadmap;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import org.eduroadmap.base.LocalizedText;

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

    /** The tallies of the areas that have activities, in the areas' order, with their names. */
    @Query("""
            select new org.eduroadmap.roadmap.AreaTallyRepository$AreaSums(area.code, area.name, t.activities,
                   t.percentSum, t.plannedDays, t.weightedDays)
            from AreaTally t join ActionArea area on area.id = t.actionAreaId
            where t.activities > 0 order by area.sortOrder
            """)
    List<AreaSums> findByArea();

    record Sums(Number activities, Number percentSum, Number plannedDays, Number weightedDays) {
    }

    record AreaSums(String code, LocalizedText name, long activities, long percentSum, long plannedDays,
                    long weightedDays) {

        AreaProgress progress() {
            return new AreaProgress(code, name, activities, (double) percentSum / activities);
        }
    }
}
