package org.eduroadmap.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

import org.eduroadmap.audit.SecurityEventKind;
import org.eduroadmap.audit.SecurityEventLog;

/**
 * Ends a signed-in session at its next request when its user has been disabled (or removed), or when an
 * administrator has reset their password since the session signed in. Sessions live on each application
 * node, but the user's standing lives in the shared database, so every node reads it on every request of a
 * signed-in session: one lookup by the unique username. An ended session is invalidated and the request goes
 * on as an anonymous one, so the usual rules answer it: a screen redirects to the sign-in page.
 */
@Component
class SessionGuard {

    /** The user's standing as the database has it now. */
    record Standing(boolean enabled, int sessionGeneration) {
    }

    static final String GENERATION = SessionGuard.class.getName() + ".generation";

    private final AppUserRepository users;
    private final SecurityContextHolderStrategy securityContext;
    private final SecurityEventLog securityEvents;

    SessionGuard(AppUserRepository users, SecurityContextHolderStrategy securityContext,
                 SecurityEventLog securityEvents) {
        this.users = users;
        this.securityContext = securityContext;
        this.securityEvents = securityEvents;
    }

    /** Notes in the new session which generation it signed in under. */
    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            users.findStanding(event.getAuthentication().getName()).ifPresent(standing ->
                    attributes.getRequest().getSession().setAttribute(GENERATION, standing.sessionGeneration()));
        }
    }

    /** The filter to place after the security context is loaded from the session and before access is decided. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                check(request);
                chain.doFilter(request, response);
            }
        };
    }

    private void check(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (session == null || authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return;
        }
        String username = authentication.getName();
        Standing standing;
        try {
            standing = users.findStanding(username).orElse(null);
        } catch (DataAccessException | TransactionException databaseUnreachable) {
            // During a database outage the screens say so themselves; nothing can be read or changed meanwhile,
            // and the check runs again on the next request once the database is back.
            return;
        }
        Object signedInUnder;
        try {
            signedInUnder = session.getAttribute(GENERATION);
        } catch (IllegalStateException alreadyInvalidated) {
            return;
        }
        if (standing != null && standing.enabled()
                && (signedInUnder == null || signedInUnder.equals(standing.sessionGeneration()))) {
            if (signedInUnder == null) {
                session.setAttribute(GENERATION, standing.sessionGeneration());
            }
            return;
        }
        securityContext.clearContext();
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // another request of the same session got there first
        }
        securityEvents.record(SecurityEventKind.SESSION_ENDED, username, request.getRemoteAddr(),
                standing == null ? "user removed" : standing.enabled() ? "password reset" : "user disabled");
    }
}
