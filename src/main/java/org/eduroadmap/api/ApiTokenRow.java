package org.eduroadmap.api;

import java.time.Instant;

/**
 * A token as the administrator's list shows it: never its secret.
 *
 * @param scopes the scope values separated by spaces
 */
public record ApiTokenRow(Long id, String name, String scopes, String createdBy, Instant createdAt,
                          Instant lastUsedAt, String revokedBy, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
