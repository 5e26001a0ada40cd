package org.eduroadmap.kpi;

import java.math.BigDecimal;
import java.util.Set;
import java.util.SortedMap;

import org.eduroadmap.base.LocalizedText;

/**
 * A KPI as its editor shows and saves it.
 *
 * @param dimensions what its values are broken down by
 * @param version    the version the editor loaded (0 for a new KPI); saving refuses when the KPI changed since
 * @param targets the target for each year that has one
 */
public record KpiDefinition(String code, LocalizedText name, String description, String priorityAreaCode,
                            KpiUnit unit, Direction direction, int decimals, BigDecimal baselineValue,
                            int baselineYear, BigDecimal onTrackPercent, BigDecimal atRiskPercent,
                            String dataSource, SortedMap<Integer, BigDecimal> targets, Set<Dimension> dimensions,
                            long version) {
}
