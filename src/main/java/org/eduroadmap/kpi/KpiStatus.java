package org.eduroadmap.kpi;

/** How a KPI stands against its target for the period. */
public enum KpiStatus {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    NO_DATA
}
