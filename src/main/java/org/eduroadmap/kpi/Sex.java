package org.eduroadmap.kpi;

/** Sex, for indicators disaggregated by it. */
public enum Sex {
    FEMALE,
    MALE
}
