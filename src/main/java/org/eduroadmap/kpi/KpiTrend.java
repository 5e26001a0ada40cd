package org.eduroadmap.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

import org.eduroadmap.base.LocalizedText;

/** A KPI's approved national values over the years beside its target for each of those years. */
public record KpiTrend(String code, LocalizedText name, KpiUnit unit, int decimals, List<Integer> years,
                       List<BigDecimal> actual, List<BigDecimal> target, SortedMap<Integer, BigDecimal> definedTargets) {
}
