package org.eduroadmap.kpi;

import java.math.BigDecimal;
import java.util.List;

import org.eduroadmap.base.LocalizedText;

/**
 * A KPI as the dashboard and the catalogue show it.
 *
 * @param latestValue the latest approved national value up to the year asked for, or null
 * @param latestYear  the year of that value, or null
 * @param target      the target for the year asked for, or null when the KPI has none
 * @param history     the approved national values up to the year asked for, oldest first
 */
public record KpiOverview(String code, LocalizedText name, String priorityAreaCode, int priorityAreaOrder,
                          LocalizedText priorityArea,
                          Framework framework, KpiUnit unit, int decimals, LocalizedText owner,
                          BigDecimal latestValue, Integer latestYear, BigDecimal target,
                          KpiStatus status, BigDecimal progressPercent, List<YearValue> history) {

    /** The change from the value before the latest, or null with fewer than two values. */
    public BigDecimal changeSincePrevious() {
        if (history == null || history.size() < 2) {
            return null;
        }
        return history.get(history.size() - 1).value().subtract(history.get(history.size() - 2).value());
    }
}
