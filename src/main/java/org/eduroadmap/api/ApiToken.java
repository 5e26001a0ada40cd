package org.eduroadmap.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.eduroadmap.base.OutsideKeptFigures;

/** A credential for another system. Holds only the hash of its secret; revoked tokens are kept for the record. */
@OutsideKeptFigures
@Entity
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String name;

    /** Scope values separated by spaces, as in OAuth. */
    @Column(nullable = false)
    private String scopes;

    @Column(nullable = false, unique = true)
    private String secretHash;

    @Column(nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant lastUsedAt;

    private String revokedBy;

    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(String name, Set<ApiScope> scopes, String secretHash, String createdBy, Instant now) {
        this.name = name;
        this.scopes = scopes.stream().sorted().map(ApiScope::value).collect(Collectors.joining(" "));
        this.secretHash = secretHash;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    Set<ApiScope> getScopes() {
        Set<ApiScope> set = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes.split(" ")).map(ApiScope::of).forEach(scope -> scope.ifPresent(set::add));
        return set;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void used(Instant now) {
        this.lastUsedAt = now;
    }

    void revoke(String by, Instant now) {
        this.revokedBy = by;
        this.revokedAt = now;
    }
}
