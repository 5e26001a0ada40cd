package org.eduroadmap.kpi;

import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * Everything the KPI page shows about one indicator besides its values.
 *
 * @param latestTarget  the target for the year of the latest value, if any
 * @param nationalTrend the approved national values beside the targets, up to the judged year
 */
public record KpiDetail(KpiOverview overview, String description, Direction direction, BigDecimal baselineValue,
                        int baselineYear, BigDecimal onTrackPercent, BigDecimal atRiskPercent, String dataSource,
                        boolean byRegion, SortedMap<Integer, BigDecimal> targets,
                        BigDecimal latestTarget, KpiTrend nationalTrend) {
}
