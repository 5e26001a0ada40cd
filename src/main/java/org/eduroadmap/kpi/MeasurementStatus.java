package org.eduroadmap.kpi;

/** Only APPROVED values feed the dashboard; they are locked. */
public enum MeasurementStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED
}
