package org.eduroadmap.kpi;

/** Urban or rural location of a school. */
public enum Location {
    URBAN,
    RURAL
}
