package org.eduroadmap.kpi;

import java.math.BigDecimal;

import org.eduroadmap.base.LocalizedText;

/**
 * A KPI as the dashboard and the catalogue show it.
 *
 * @param latestValue the latest approved national value up to the year asked for, or null
 * @param latestYear  the year of that value, or null
 * @param target      the target for the year asked for, or null when the KPI has none
 */
public record KpiOverview(String code, LocalizedText name, String priorityAreaCode, LocalizedText priorityArea,
                          Framework framework, KpiUnit unit, int decimals, LocalizedText owner,
                          BigDecimal latestValue, Integer latestYear, BigDecimal target,
                          KpiStatus status, BigDecimal progressPercent) {
}
