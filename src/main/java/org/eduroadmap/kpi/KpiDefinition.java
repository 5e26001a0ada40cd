package org.eduroadmap.kpi;

import java.math.BigDecimal;
import java.util.SortedMap;

import org.eduroadmap.base.LocalizedText;

/**
 * A KPI as its editor shows and saves it.
 *
 * @param version the version the editor loaded; saving refuses when the KPI changed since
 * @param targets the target for each year that has one
 */
public record KpiDefinition(String code, LocalizedText name, String description, String priorityAreaCode,
                            KpiUnit unit, Direction direction, int decimals, BigDecimal baselineValue,
                            int baselineYear, BigDecimal onTrackPercent, BigDecimal atRiskPercent,
                            String dataSource, SortedMap<Integer, BigDecimal> targets, long version) {
}
