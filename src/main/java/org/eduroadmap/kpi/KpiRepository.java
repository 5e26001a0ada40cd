package org.eduroadmap.kpi;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KpiRepository extends JpaRepository<Kpi, Long>, KpiPages {

    /**
     * With everything a KPI's page and its assessment read, in one statement. Fetches written out rather than
     * an entity graph, which Hibernate translates to SQL again on every call.
     */
    @Query("""
            select k from Kpi k
            join fetch k.priorityArea join fetch k.owner left join fetch k.targets left join fetch k.dimensions
            where k.code = :code
            """)
    Optional<Kpi> findByCode(String code);

    boolean existsByCodeIgnoreCase(String code);

    @Query("select k.id from Kpi k")
    List<Long> findAllIds();

    /**
     * Every KPI with everything judging it needs but its targets, and its national series, one row per KPI: a
     * projection, for the dashboard reads every KPI on each visit. The targets come in a second statement, so
     * that no KPI comes back once per target.
     */
    @Query(ASSESSMENT_ROWS + " order by k.code")
    List<AssessedKpi.Row> findAllForAssessment();

    /** The same for the KPIs broken down by region. */
    @Query(ASSESSMENT_ROWS + " where org.eduroadmap.kpi.Dimension.REGION member of k.dimensions order by k.code")
    List<AssessedKpi.Row> findAllByRegionForAssessment();

    String ASSESSMENT_ROWS = """
            select new org.eduroadmap.kpi.AssessedKpi$Row(k.id, k.code, k.name, a.code, a.sortOrder, a.name,
                   k.framework, k.unit, k.decimals, o.name, k.direction, k.baselineValue, k.baselineYear,
                   k.onTrackPercent, k.atRiskPercent, s.history)
            from Kpi k join k.priorityArea a join k.owner o left join NationalSeries s on s.kpiId = k.id
            """;

    /** Every KPI's targets. */
    @Query(TARGETS)
    List<AssessedKpi.Target> findAllTargets();

    String TARGETS =
            "select new org.eduroadmap.kpi.AssessedKpi$Target(k.id, key(t), value(t)) from Kpi k join k.targets t";
}
