package org.eduroadmap.kpi;

import java.math.BigDecimal;

/**
 * A value as a project manager enters it, in the entry form or as a row of a file.
 *
 * @param regionCode the region's code, or null for the national figure
 * @param schoolLevel the school level of a national breakdown, or null
 * @param sex the sex of a national breakdown, or null
 * @param location the location of a national breakdown, or null
 */
public record MeasurementInput(String kpiCode, Integer year, String regionCode, BigDecimal value, String source,
                               String comment, SchoolLevel schoolLevel, Sex sex, Location location) {

    /** A national or regional value without a breakdown. */
    public MeasurementInput(String kpiCode, Integer year, String regionCode, BigDecimal value, String source,
                            String comment) {
        this(kpiCode, year, regionCode, value, source, comment, null, null, null);
    }
}
