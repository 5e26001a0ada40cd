package org.eduroadmap.kpi;

import java.math.BigDecimal;

/**
 * A value as a project manager enters it.
 *
 * @param regionCode the region's code, or null for the national figure
 */
public record MeasurementInput(String kpiCode, Integer year, String regionCode, BigDecimal value, String source,
                               String comment) {
}
