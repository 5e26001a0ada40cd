package org.eduroadmap.api;

import java.util.Set;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The system behind a valid token, as the principal of an API call. Its name, "api:" and the
 * token's name, is what records the call made (a measurement's creator, a step in its history).
 */
public record ApiClient(long tokenId, String tokenName, Set<ApiScope> scopes) implements AuthenticatedPrincipal {

    public static final String NAME_PREFIX = "api:";

    @Override
    public String getName() {
        return NAME_PREFIX + tokenName;
    }
}
