package org.eduroadmap.kpi;

import java.math.BigDecimal;

/** A KPI's value in a year. */
public record YearValue(Long kpiId, int year, BigDecimal value) {
}
