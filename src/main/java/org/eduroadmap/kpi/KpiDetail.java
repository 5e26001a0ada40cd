package org.eduroadmap.kpi;

import java.math.BigDecimal;
import java.util.SortedMap;

/** Everything the KPI page shows about one indicator besides its values. */
public record KpiDetail(KpiOverview overview, String description, Direction direction, BigDecimal baselineValue,
                        int baselineYear, BigDecimal onTrackPercent, BigDecimal atRiskPercent, String dataSource,
                        boolean byRegion, SortedMap<Integer, BigDecimal> targets) {
}
