package org.eduroadmap.assistance;

/** The life of a technical-assistance request, in workflow order. */
public enum RequestStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    NEEDS_INFORMATION,
    ACCEPTED,
    IN_PROGRESS,
    DELIVERED,
    CLOSED,
    DECLINED,
    WITHDRAWN
}
