package org.eduroadmap.kpi;

import java.time.Instant;

/** One step of a value through the approval workflow. */
public record TransitionRow(MeasurementStatus from, MeasurementStatus to, String actor, Instant at, String reason) {
}
