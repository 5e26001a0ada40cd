package org.eduroadmap.kpi;

/** Where an indicator comes from: the SDG 4 global framework or the ministry's own strategy. */
public enum Framework {
    SDG4,
    NATIONAL
}
