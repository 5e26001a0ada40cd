package org.eduroadmap.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A record created, updated or deleted within a revision. */
@Embeddable
public record AuditedChange(
        @Column(name = "entity_type", nullable = false) String entityType,
        @Column(name = "entity_id", nullable = false) String entityId,
        @Column(name = "operation", nullable = false) String operation) {
}
