package org.eduroadmap.roadmap;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

    String ROW = """
            select new org.eduroadmap.roadmap.ActivityRow(a.id, a.kind, a.title, area.code, area.name, o.name,
                   u.fullName, a.plannedStart, a.plannedEnd, a.actualStart, a.actualEnd, a.percentComplete, a.status)
            from Activity a join a.actionArea area join a.owner o left join a.responsible u
            """;

    @Query(ROW)
    Slice<ActivityRow> findRows(Pageable pageable);

    @Query(ROW + " order by area.sortOrder, a.plannedStart, a.id")
    List<ActivityRow> findTimeline();

    @Query(ROW + " join a.kpis k where k.code = :kpiCode order by a.plannedStart, a.id")
    List<ActivityRow> findForKpi(String kpiCode);

    @Query("""
            select new org.eduroadmap.roadmap.AreaProgress(area.code, area.name, count(a), avg(a.percentComplete))
            from Activity a join a.actionArea area
            where a.status <> org.eduroadmap.roadmap.ActivityStatus.CANCELLED
            group by area.code, area.name, area.sortOrder order by area.sortOrder
            """)
    List<AreaProgress> findProgressByArea();

    @Query("""
            select count(a) from Activity a
            where a.plannedEnd < :today and a.status not in (org.eduroadmap.roadmap.ActivityStatus.DONE,
                                                             org.eduroadmap.roadmap.ActivityStatus.CANCELLED)
            """)
    long countOverdue(LocalDate today);

    /** Overdue activities that someone answers for, with what a notice to that person needs. */
    @Query("""
            select new org.eduroadmap.roadmap.OverdueActivity(a.id, a.title, a.plannedEnd, u.id)
            from Activity a join a.responsible u
            where a.plannedEnd < :today and u.enabled = true
              and a.status not in (org.eduroadmap.roadmap.ActivityStatus.DONE,
                                   org.eduroadmap.roadmap.ActivityStatus.CANCELLED)
            order by a.id
            """)
    List<OverdueActivity> findOverdueWithResponsible(LocalDate today);

    @Query("""
            select count(a) from Activity a
            where a.plannedEnd between :today and :until
              and a.status not in (org.eduroadmap.roadmap.ActivityStatus.DONE,
                                   org.eduroadmap.roadmap.ActivityStatus.CANCELLED)
            """)
    long countDueBetween(LocalDate today, LocalDate until);
}
