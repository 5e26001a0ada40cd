package org.eduroadmap.roadmap;

/** A milestone is a single date; an activity spans a period. */
public enum ActivityKind {
    ACTIVITY,
    MILESTONE
}
