package org.eduroadmap.assistance;

import java.time.Instant;
import java.time.LocalDate;

import org.eduroadmap.base.LocalizedText;

public record RequestRow(Long id, String number, String title, RequestCategory category,
                         LocalizedText requestingOrganisation, LocalizedText addressedOrganisation,
                         RequestPriority priority, RequestStatus status, String assignedAdvisor,
                         Instant createdAt, LocalDate dueDate) {
}
