package org.eduroadmap.assistance;

import java.time.Instant;
import java.time.LocalDate;

import org.eduroadmap.base.LocalizedText;

/** A request as the list query reads it, with the moments its first-response clock needs. */
record RequestListRow(String number, String title, RequestCategory category, LocalizedText addressedOrganisation,
                      RequestPriority priority, RequestStatus status, String assignedAdvisor, Instant createdAt,
                      LocalDate dueDate, Instant submittedAt, Instant firstResponseAt, Instant slaPausedSince,
                      long slaPausedSeconds) {
}
