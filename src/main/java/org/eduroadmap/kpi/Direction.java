package org.eduroadmap.kpi;

/** Whether a KPI improves when its value rises or when it falls. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
