package org.eduroadmap.api;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API call by its bearer token, then counts it against the token's rate limit.
 * Without a token the call goes on unauthenticated and the chain's rules refuse it (401); an
 * unknown or revoked token is refused here. The authentication lives for this request only.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    /** The request attribute naming the token, for the audit trail. */
    static final String TOKEN_NAME = ApiTokenFilter.class.getName() + ".token";
    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final ApiRateLimiter limiter;
    private final ApiResponses responses;
    private final SecurityContextHolderStrategy securityContext;

    ApiTokenFilter(ApiTokenService tokens, ApiRateLimiter limiter, ApiResponses responses,
                   SecurityContextHolderStrategy securityContext) {
        this.tokens = tokens;
        this.limiter = limiter;
        this.responses = responses;
        this.securityContext = securityContext;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiClient> client = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (client.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            responses.write(response, ApiError.of(HttpStatus.UNAUTHORIZED, "The token is unknown or revoked."));
            return;
        }
        ApiClient caller = client.get();
        request.setAttribute(TOKEN_NAME, caller.tokenName());
        OptionalLong retryAfter = limiter.acquire(caller.tokenId());
        if (retryAfter.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.getAsLong()));
            responses.write(response, ApiError.of(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many calls with this token; try again in " + retryAfter.getAsLong() + " seconds."));
            return;
        }
        SecurityContext context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null,
                caller.scopes().stream().map(scope -> new SimpleGrantedAuthority(scope.authority())).toList()));
        securityContext.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            securityContext.clearContext();
        }
    }
}
