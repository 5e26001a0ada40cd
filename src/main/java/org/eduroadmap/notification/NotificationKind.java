package org.eduroadmap.notification;

/** What a notice is about; its label is {@code notification.kind.<NAME>} in the message bundles. */
public enum NotificationKind {
    ACTIVITY_OVERDUE,
    REQUEST_MENTION,
    REQUEST_COMMENT,
    REQUEST_TRANSITION,
    REQUEST_SLA_DUE,
    REQUEST_SLA_BREACHED
}
