package org.eduroadmap.kpi;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/** Pages of the KPI catalogue, each one statement. */
interface KpiPages {

    /**
     * The KPIs whose code or name contains the text (lower case, or all when empty) in the area (or any when
     * empty), with their series lines, sorted by code, a page at a time (or all, unpaged).
     */
    Slice<AssessedKpi.Row> findPage(String text, String areaCode, Pageable pageable);
}
