package org.eduroadmap.kpi;

import java.math.BigDecimal;
import java.time.Instant;

import org.eduroadmap.base.LocalizedText;

/** A recorded value with where it stands in the approval workflow. A null region is the national figure. */
public record MeasurementRow(Long id, long version, String kpiCode, LocalizedText kpiName, int decimals, int year,
                             String regionCode, LocalizedText region, BigDecimal value, MeasurementStatus status,
                             String source, String comment, String returnReason, String createdBy,
                             Instant updatedAt) {
}
