package org.eduroadmap.kpi;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KpiMeasurementRepository extends JpaRepository<KpiMeasurement, Long> {

    /** National approved yearly values: no region, no other breakdown, no quarter. */
    String NATIONAL = """
            m.status = org.eduroadmap.kpi.MeasurementStatus.APPROVED and m.periodQuarter is null
            and m.region is null and m.schoolLevel is null and m.sex is null and m.location is null
            """;

    @Query("select new org.eduroadmap.kpi.YearValue(m.kpi.id, m.periodYear, m.value) from KpiMeasurement m where "
            + NATIONAL + " and m.kpi.id = :kpiId order by m.periodYear")
    List<YearValue> findNationalSeries(Long kpiId);

    /** The national approved values of several KPIs up to a year, in one statement. */
    @Query("select new org.eduroadmap.kpi.YearValue(m.kpi.id, m.periodYear, m.value) from KpiMeasurement m where "
            + NATIONAL + " and m.kpi.id in :kpiIds and m.periodYear <= :year order by m.kpi.id, m.periodYear")
    List<YearValue> findNationalSeries(Collection<Long> kpiIds, int year);

    @Query("""
            select new org.eduroadmap.kpi.RegionValue(r.code, r.name, m.value) from KpiMeasurement m join m.region r
            where m.kpi.id = :kpiId and m.periodYear = :year and m.periodQuarter is null
              and m.status = org.eduroadmap.kpi.MeasurementStatus.APPROVED
              and m.schoolLevel is null and m.sex is null and m.location is null
            order by r.sortOrder
            """)
    List<RegionValue> findRegional(Long kpiId, int year);

    long countByStatus(MeasurementStatus status);

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

    /** Same KPI, same year, same region (or national), no other breakdown: the value already exists. */
    @Query("""
            select count(m) > 0 from KpiMeasurement m
            where m.kpi.id = :kpiId and m.periodYear = :year and m.periodQuarter is null
              and ((:regionId is null and m.region is null) or m.region.id = :regionId)
              and m.schoolLevel is null and m.sex is null and m.location is null
            """)
    boolean existsForPeriod(Long kpiId, int year, Long regionId);
}
