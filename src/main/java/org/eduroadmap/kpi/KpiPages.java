package org.eduroadmap.kpi;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * Pages of the KPI catalogue (each page one statement, its KPIs' targets one more), and the KPIs changed since a
 * data version.
 */
interface KpiPages {

    /**
     * The KPIs whose code or name contains the text (lower case, or all when empty) in the area (or any when
     * empty), with their series lines, sorted by code, a page at a time (or all, unpaged).
     */
    Slice<AssessedKpi.Row> findPage(String text, String areaCode, Pageable pageable);

    /** The targets of some KPIs, read from the target table alone through its key. */
    List<AssessedKpi.Target> findTargets(Collection<Long> kpiIds);

    /**
     * Some KPIs, or those of them broken down by region, each with everything judging it needs but its targets, and
     * its national series, sorted by code.
     */
    List<AssessedKpi.Row> findForAssessment(Collection<Long> kpiIds, boolean brokenDownByRegion);

    /** The KPIs changed after one data version up to another, and their targets: one statement. */
    ChangedKpis findChanged(long after, long upTo);

    /** KPIs changed between two data versions ({@link KpiChanges}), with every target of each. */
    record ChangedKpis(Set<Long> kpiIds, List<AssessedKpi.Target> targets) {
    }
}
