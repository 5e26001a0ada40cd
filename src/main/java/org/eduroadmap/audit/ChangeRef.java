package org.eduroadmap.audit;

import java.time.Instant;

/** A record touched by a revision, before its field values are read. */
record ChangeRef(long revision, long timestamp, String username, String entityType, String entityId,
                 String operation) {

    Instant at() {
        return Instant.ofEpochMilli(timestamp);
    }
}
