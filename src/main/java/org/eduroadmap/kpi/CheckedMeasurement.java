package org.eduroadmap.kpi;

import java.math.BigDecimal;

/**
 * A value that passed {@link MeasurementRules}: its KPI and region resolved to ids, its text trimmed.
 *
 * @param regionId null for a national value
 */
public record CheckedMeasurement(long kpiId, String kpiCode, int year, Long regionId, SchoolLevel schoolLevel, Sex sex,
                                 Location location, BigDecimal value, String source, String comment) {

    /** What identifies the value among the KPI's values: period and dimensions. */
    public String slot() {
        return kpiId + "|" + year + "|" + regionId + "|" + schoolLevel + "|" + sex + "|" + location;
    }
}
