package org.eduroadmap.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.InputRules;
import org.eduroadmap.base.RuleViolation;

/**
 * API tokens: administrators create and revoke them; the API's security filter resolves a
 * presented secret to its token. A secret is 256 random bits; only its SHA-256 hash is stored,
 * so neither the database nor a backup of it can be used to call the API.
 */
@Service
@Transactional
public class ApiTokenService {

    /** Lets a leaked secret be recognised (e.g. by secret scanners) for what it is. */
    static final String SECRET_PREFIX = "edr_";
    public static final int MAX_NAME_LENGTH = 50;

    private final ApiTokenRepository tokens;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, SecurityContextHolderStrategy securityContext, Clock clock) {
        this.tokens = tokens;
        this.securityContext = securityContext;
        this.clock = clock;
    }

    /** Creates a token and returns its secret, which is not kept and cannot be shown again. */
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedApiToken create(String name, Set<ApiScope> scopes) {
        String trimmed = InputRules.required("name", name, MAX_NAME_LENGTH, "apiToken.error.nameRequired",
                "apiToken.error.name");
        if (!trimmed.matches("[\\p{L}\\p{N} ._-]+")) {
            throw new RuleViolation("name", "apiToken.error.name", MAX_NAME_LENGTH);
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new RuleViolation("scopes", "apiToken.error.scopesRequired");
        }
        if (tokens.existsByNameIgnoreCase(trimmed)) {
            throw new RuleViolation("name", "apiToken.error.duplicate");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.save(new ApiToken(trimmed, scopes, hash(secret), currentUser(), clock.instant()));
        return new CreatedApiToken(token.getId(), trimmed, secret);
    }

    /** Revokes a token at once: the next call with it is refused. Revoking twice changes nothing. */
    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(long id) {
        ApiToken token = tokens.findById(id).orElseThrow(() -> new RuleViolation(null, "apiToken.error.gone"));
        if (!token.isRevoked()) {
            token.revoke(currentUser(), clock.instant());
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiTokenRow> tokens() {
        return tokens.findRows();
    }

    /**
     * The client a presented secret belongs to, when it is known and not revoked; notes the use.
     * Called before anyone is authenticated, by the API's security filter only.
     */
    public Optional<ApiClient> authenticate(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            return Optional.empty();
        }
        return tokens.findBySecretHash(hash(secret)).filter(token -> !token.isRevoked()).map(token -> {
            tokens.markUsed(token.getId(), clock.instant());
            return new ApiClient(token.getId(), token.getName(), token.getScopes());
        });
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }

    private String currentUser() {
        return securityContext.getContext().getAuthentication().getName();
    }
}
