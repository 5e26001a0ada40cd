package org.eduroadmap.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/** The first filter of the API's chain: whatever happens after it, refusals included, the call is recorded. */
class ApiAuditFilter extends OncePerRequestFilter {

    private final ApiAuditTrail trail;

    ApiAuditFilter(ApiAuditTrail trail) {
        this.trail = trail;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
            trail.record(new ApiCall((String) request.getAttribute(ApiTokenFilter.TOKEN_NAME), request.getMethod(),
                    request.getRequestURI(), status, request.getRemoteAddr()));
        }
    }
}
