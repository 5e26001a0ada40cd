package org.eduroadmap.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findBySecretHash(String secretHash);

    boolean existsByNameIgnoreCase(String name);

    @Query("""
            select new org.eduroadmap.api.ApiTokenRow(t.id, t.name, t.scopes, t.createdBy, t.createdAt, t.lastUsedAt,
                   t.revokedBy, t.revokedAt)
            from ApiToken t order by t.revokedAt nulls first, t.createdAt desc
            """)
    List<ApiTokenRow> findRows();

    /** Notes the call without loading the entity or bumping its version, so concurrent calls never conflict. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
    void markUsed(Long id, Instant now);
}
