package org.eduroadmap.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eduroadmap.base.LocalizedText;

/** A request as its page shows it: every field, where its first-response promise stands, and its history. */
public record RequestDetail(String number, long version, String title, String description, RequestCategory category,
                            LocalizedText requestingOrganisation, LocalizedText addressedOrganisation,
                            RequestPriority priority, RequestStatus status, LocalDate dueDate,
                            String assignedAdvisor, String createdBy, Instant createdAt, Instant submittedAt,
                            Long activityId, LocalizedText activityTitle, String kpiCode, LocalizedText kpiName,
                            String declineReason, RequestSla.Status sla, List<HistoryRow> history) {
}
