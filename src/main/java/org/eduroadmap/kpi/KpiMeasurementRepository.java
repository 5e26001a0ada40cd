package org.eduroadmap.kpi;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KpiMeasurementRepository extends JpaRepository<KpiMeasurement, Long> {

    /** Approved yearly values without a breakdown by school level, sex or location. */
    String APPROVED_YEARLY = """
            m.status = org.eduroadmap.kpi.MeasurementStatus.APPROVED and m.periodQuarter is null
            and m.schoolLevel is null and m.sex is null and m.location is null
            """;

    /** National approved yearly values: no region either. */
    String NATIONAL = APPROVED_YEARLY + " and m.region is null ";

    @Query("select new org.eduroadmap.kpi.YearValue(m.kpi.id, m.periodYear, m.value) from KpiMeasurement m where "
            + NATIONAL + " and m.kpi.id = :kpiId order by m.periodYear")
    List<YearValue> findNationalSeries(Long kpiId);

    /** The national approved values of several KPIs up to a year, in one statement. */
    @Query("select new org.eduroadmap.kpi.YearValue(m.kpi.id, m.periodYear, m.value) from KpiMeasurement m where "
            + NATIONAL + " and m.kpi.id in :kpiIds and m.periodYear <= :year order by m.kpi.id, m.periodYear")
    List<YearValue> findNationalSeries(Collection<Long> kpiIds, int year);

    /**
     * The national approved values of every KPI: read through the index on the breakdown columns, which a list
     * of KPI ids would keep the database from using (measured with a million values).
     */
    @Query("select new org.eduroadmap.kpi.YearValue(m.kpi.id, m.periodYear, m.value) from KpiMeasurement m where "
            + NATIONAL + " order by m.kpi.id, m.periodYear")
    List<YearValue> findAllNationalSeries();

    /** The same for one region. */
    @Query("select new org.eduroadmap.kpi.YearValue(m.kpi.id, m.periodYear, m.value) from KpiMeasurement m where "
            + APPROVED_YEARLY + " and m.region.code = :regionCode and m.periodYear <= :year"
            + " order by m.kpi.id, m.periodYear")
    List<YearValue> findRegionalSeries(int year, String regionCode);

    /** The same for one region and some KPIs. */
    @Query("select new org.eduroadmap.kpi.YearValue(m.kpi.id, m.periodYear, m.value) from KpiMeasurement m where "
            + APPROVED_YEARLY + " and m.region.code = :regionCode and m.kpi.id in :kpiIds and m.periodYear <= :year"
            + " order by m.kpi.id, m.periodYear")
    List<YearValue> findRegionalSeries(Collection<Long> kpiIds, int year, String regionCode);

    @Query("""
            select new org.eduroadmap.kpi.RegionValue(r.code, r.name, m.value) from KpiMeasurement m join m.region r
            where m.kpi.id = :kpiId and m.periodYear = :year and m.periodQuarter is null
              and m.status = org.eduroadmap.kpi.MeasurementStatus.APPROVED
              and m.schoolLevel is null and m.sex is null and m.location is null
            order by r.sortOrder
            """)
    List<RegionValue> findRegional(Long kpiId, int year);

    long countByStatus(MeasurementStatus status);

    /** National approved values for a year broken down by school level (and nothing else). */
    @Query("""
            select new org.eduroadmap.kpi.BreakdownValue(cast(m.schoolLevel as String), m.value) from KpiMeasurement m
            where m.kpi.id = :kpiId and m.periodYear = :year and m.periodQuarter is null and m.region is null
              and m.status = org.eduroadmap.kpi.MeasurementStatus.APPROVED
              and m.schoolLevel is not null and m.sex is null and m.location is null
            order by m.schoolLevel
            """)
    List<BreakdownValue> findBySchoolLevel(Long kpiId, int year);

    @Query("""
            select new org.eduroadmap.kpi.BreakdownValue(cast(m.sex as String), m.value) from KpiMeasurement m
            where m.kpi.id = :kpiId and m.periodYear = :year and m.periodQuarter is null and m.region is null
              and m.status = org.eduroadmap.kpi.MeasurementStatus.APPROVED
              and m.schoolLevel is null and m.sex is not null and m.location is null
            order by m.sex
            """)
    List<BreakdownValue> findBySex(Long kpiId, int year);

    @Query("""
            select new org.eduroadmap.kpi.BreakdownValue(cast(m.location as String), m.value) from KpiMeasurement m
            where m.kpi.id = :kpiId and m.periodYear = :year and m.periodQuarter is null and m.region is null
              and m.status = org.eduroadmap.kpi.MeasurementStatus.APPROVED
              and m.schoolLevel is null and m.sex is null and m.location is not null
            order by m.location
            """)
    List<BreakdownValue> findByLocation(Long kpiId, int year);

    String ROW = """
            select new org.eduroadmap.kpi.MeasurementRow(m.id, m.version, k.code, k.name, k.decimals, m.periodYear,
                   r.code, r.name, m.value, m.status, m.source, m.comment, m.returnReason, m.createdBy, m.updatedAt)
            from KpiMeasurement m join m.kpi k left join m.region r
            where m.periodQuarter is null and m.schoolLevel is null and m.sex is null and m.location is null
            """;

    @Query(ROW + " and k.code = :kpiCode order by m.periodYear desc, r.sortOrder nulls first")
    List<MeasurementRow> findRows(String kpiCode);

    @Query(ROW + " and m.status = :status order by m.updatedAt, m.id")
    List<MeasurementRow> findRowsByStatus(MeasurementStatus status);

    /** Rows for the API, filtered; an empty code means any KPI or region. */
    @Query(value = ROW + """
             and (:kpiCode = '' or k.code = :kpiCode) and (:regionCode = '' or r.code = :regionCode)
             and m.periodYear between :fromYear and :toYear and m.status in :statuses
            order by k.code, m.periodYear, r.sortOrder nulls first, m.id
            """, countQuery = """
            select count(m) from KpiMeasurement m join m.kpi k left join m.region r
            where m.periodQuarter is null and m.schoolLevel is null and m.sex is null and m.location is null
             and (:kpiCode = '' or k.code = :kpiCode) and (:regionCode = '' or r.code = :regionCode)
             and m.periodYear between :fromYear and :toYear and m.status in :statuses
            """)
    org.springframework.data.domain.Page<MeasurementRow> findPage(String kpiCode, String regionCode, int fromYear,
                                                                  int toYear, Collection<MeasurementStatus> statuses,
                                                                  org.springframework.data.domain.Pageable pageable);

    /** A national value for the KPI and year exists already (any status). */
    @Query("""
            select count(m) > 0 from KpiMeasurement m
            where m.kpi.id = :kpiId and m.periodYear = :year and m.periodQuarter is null and m.region is null
              and m.schoolLevel is null and m.sex is null and m.location is null
            """)
    boolean existsNational(Long kpiId, int year);

    /** A value for the KPI, year and region exists already (any status). */
    @Query("""
            select count(m) > 0 from KpiMeasurement m
            where m.kpi.id = :kpiId and m.periodYear = :year and m.periodQuarter is null and m.region.id = :regionId
              and m.schoolLevel is null and m.sex is null and m.location is null
            """)
    boolean existsRegional(Long kpiId, int year, Long regionId);

    /** Every yearly value of these KPIs, any status, with what identifies it: to find duplicates and changes. */
    @Query("""
            select new org.eduroadmap.kpi.StoredValue(m.id, m.kpi.id, m.periodYear, r.id, m.schoolLevel, m.sex,
                   m.location, m.value, m.status)
            from KpiMeasurement m left join m.region r
            where m.kpi.id in :kpiIds and m.periodQuarter is null
            """)
    List<StoredValue> findStored(Collection<Long> kpiIds);
}
