package org.eduroadmap.kpi;

/** The unit a KPI is measured in; percentages cannot exceed 100. */
public enum KpiUnit {
    PERCENT,
    COUNT,
    RATIO
}
