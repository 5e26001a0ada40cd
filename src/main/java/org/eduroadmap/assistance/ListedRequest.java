package org.eduroadmap.assistance;

import java.time.Instant;
import java.time.LocalDate;

import org.eduroadmap.base.LocalizedText;

/** A line of the request list, with where its first-response promise stands. */
public record ListedRequest(String number, String title, RequestCategory category,
                            LocalizedText addressedOrganisation, RequestPriority priority, RequestStatus status,
                            String assignedAdvisor, Instant createdAt, LocalDate dueDate, RequestSla.Status sla) {
}
