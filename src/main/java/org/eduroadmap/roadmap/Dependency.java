package org.eduroadmap.roadmap;

/** Finish-to-start: {@code successor} should not start before {@code predecessor} ends. */
public record Dependency(long successor, long predecessor) {
}
