package org.eduroadmap.roadmap;

public enum RoadmapStatus {
    DRAFT,
    UNDER_NEGOTIATION,
    SIGNED,
    IN_IMPLEMENTATION,
    COMPLETED
}
