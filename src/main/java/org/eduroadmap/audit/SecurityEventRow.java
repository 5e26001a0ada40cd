package org.eduroadmap.audit;

import java.time.Instant;

/** One line of the security events list. */
public record SecurityEventRow(Long id, Instant occurredAt, SecurityEventKind kind, String username,
                               String remoteAddress, String detail) {
}
