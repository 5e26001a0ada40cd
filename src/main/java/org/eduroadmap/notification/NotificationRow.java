package org.eduroadmap.notification;

import java.time.Instant;

import org.eduroadmap.base.LocalizedText;

/** A notice as the bell lists it. */
public record NotificationRow(long id, NotificationKind kind, LocalizedText subject, String link,
                              Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
