package org.eduroadmap.kpi;

import java.math.BigDecimal;

/** A stored value of a KPI as an import compares with it: its slot (period and dimensions), value and status. */
public record StoredValue(long id, long kpiId, int year, Long regionId, SchoolLevel schoolLevel, Sex sex,
                          Location location, BigDecimal value, MeasurementStatus status) {

    /** Same form as {@link CheckedMeasurement#slot()}. */
    public String slot() {
        return kpiId + "|" + year + "|" + regionId + "|" + schoolLevel + "|" + sex + "|" + location;
    }
}
