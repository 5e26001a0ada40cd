package org.eduroadmap.roadmap;

import java.time.Instant;

/** A saved baseline as pickers list it. */
public record BaselineSummary(long id, String name, String createdBy, Instant createdAt, int activities) {
}
