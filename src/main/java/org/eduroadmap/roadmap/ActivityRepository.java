package org.eduroadmap.roadmap;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityRepository extends JpaRepository<Activity, Long>, ActivityPages {

    String ROW = """
            select new org.eduroadmap.roadmap.ActivityRow(a.id, a.kind, a.title, area.code, area.name, o.name,
                   u.fullName, a.plannedStart, a.plannedEnd, a.actualStart, a.actualEnd, a.percentComplete, a.status)
            from Activity a join a.actionArea area join a.owner o left join a.responsible u
            """;

    /**
     * Each filter applies when set; the date window keeps activities that overlap it. The window is never
     * open-ended in SQL (PostgreSQL cannot type a date parameter that is only compared with null).
     */
    String FILTER = """
             where (:#{#filter.actionAreaId} is null or area.id = :#{#filter.actionAreaId})
               and (:#{#filter.ownerId} is null or o.id = :#{#filter.ownerId})
               and (:#{#filter.responsibleId} is null or u.id = :#{#filter.responsibleId})
               and (:#{#filter.status} is null or a.status = :#{#filter.status})
               and a.plannedEnd >= :#{#filter.firstDay()}
               and a.plannedStart <= :#{#filter.lastDay()}
            """;

    @Query(ROW + " where a.id in :ids")
    List<ActivityRow> findRows(Collection<Long> ids);

    @Query(ROW + FILTER + " order by area.sortOrder, a.plannedStart, a.id")
    List<ActivityRow> findTimeline(ActivityFilter filter);

    @Query(ROW + FILTER + " order by area.sortOrder, a.plannedStart, a.id")
    List<ActivityRow> findTimeline(ActivityFilter filter, org.springframework.data.domain.Limit limit);

    @Query(ROW + " order by area.sortOrder, a.plannedStart, a.id")
    List<ActivityRow> findTimeline();

    @Query(ROW + " where a.id = :id")
    java.util.Optional<ActivityRow> findRow(long id);

    @Query("select new org.eduroadmap.roadmap.Dependency(s.id, p.id) from Activity s join s.predecessors p")
    List<Dependency> findDependencies();

    /** The links that end or start at one activity. */
    @Query("""
            select new org.eduroadmap.roadmap.Dependency(s.id, p.id) from Activity s join s.predecessors p
            where s.id = :id or p.id = :id
            """)
    List<Dependency> findDependenciesOf(long id);

    @Query("""
            select new org.eduroadmap.roadmap.Choice(a.id, a.title) from Activity a
            where lower(a.title.en) like :pattern or lower(a.title.ru) like :pattern or lower(a.title.tk) like :pattern
            order by a.plannedStart, a.id
            """)
    List<Choice> findChoices(String pattern, Pageable pageable);

    @Query("select new org.eduroadmap.roadmap.Choice(area.id, area.name) from ActionArea area order by area.sortOrder")
    List<Choice> findActionAreaChoices();

    @Query("select new org.eduroadmap.roadmap.Choice(o.id, o.name) from Organisation o order by o.kind, o.code")
    List<Choice> findOrganisationChoices();

    @Query("select u.id, u.fullName from AppUser u where u.enabled = true order by u.fullName")
    List<Object[]> findPeople();

    @Query("select k.id, k.code, k.name from Kpi k order by k.code")
    List<Object[]> findKpis();

    @Query(ROW + " join a.kpis k where k.code = :kpiCode order by a.plannedStart, a.id")
    List<ActivityRow> findForKpi(String kpiCode);

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
}
