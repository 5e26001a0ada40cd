package org.eduroadmap.notification;

/** What a notice is about; its label is {@code notification.kind.<NAME>} in the message bundles. */
public enum NotificationKind {
    ACTIVITY_OVERDUE
}
