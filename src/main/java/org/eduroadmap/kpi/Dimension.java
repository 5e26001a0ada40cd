package org.eduroadmap.kpi;

/** What a KPI's values can be broken down by. */
public enum Dimension {
    REGION,
    SCHOOL_LEVEL,
    SEX,
    LOCATION
}
