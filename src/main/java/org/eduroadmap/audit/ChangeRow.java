package org.eduroadmap.audit;

import java.time.Instant;
import java.util.List;

/** One record touched by one revision, with the fields that changed. */
public record ChangeRow(long revision, Instant at, String username, String entityType, String entityId,
                        Operation operation, List<FieldChange> fields) {
}
