package org.eduroadmap.kpi;

/** ISCED levels of school education. */
public enum SchoolLevel {
    PRIMARY,
    LOWER_SECONDARY,
    UPPER_SECONDARY
}
