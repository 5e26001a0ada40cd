package org.eduroadmap.roadmap;

public enum ActivityStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    ON_HOLD,
    CANCELLED
}
