package org.eduroadmap.notification;

import org.eduroadmap.base.LocalizedText;

/** A notice was written for a user; published inside the transaction that wrote it. */
record NotificationAdded(long recipientUserId, LocalizedText subject, String link) {
}
