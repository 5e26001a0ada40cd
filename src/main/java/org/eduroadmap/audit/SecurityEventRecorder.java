package org.eduroadmap.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns Spring Security's events into audit records: every sign-in, failed sign-in, sign-out and action
 * refused to a signed-in user. Refusals to anonymous visitors are the ordinary "please sign in" redirect
 * and are not recorded.
 */
@Component
class SecurityEventRecorder {

    private final SecurityEventLog log;

    SecurityEventRecorder(SecurityEventLog log) {
        this.log = log;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        log.record(SecurityEventKind.SIGN_IN_SUCCESS, authentication.getName(), remoteAddress(authentication), null);
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        SecurityEventKind kind = event instanceof AuthenticationFailureLockedEvent
                ? SecurityEventKind.SIGN_IN_LOCKED : SecurityEventKind.SIGN_IN_FAILURE;
        log.record(kind, attempt.getName(), remoteAddress(attempt), event.getException().getClass().getSimpleName());
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        log.record(SecurityEventKind.SIGN_OUT, authentication.getName(), remoteAddress(authentication), null);
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return;
        }
        log.record(SecurityEventKind.ACCESS_DENIED, authentication.getName(), remoteAddress(authentication),
                describe(event.getObject()));
    }

    private static String describe(Object secured) {
        if (secured instanceof HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        if (secured instanceof org.aopalliance.intercept.MethodInvocation invocation) {
            return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        }
        return secured == null ? null : secured.getClass().getSimpleName();
    }

    /** The address the request came from: the sign-in details when present, else the current request. */
    static String remoteAddress(Authentication authentication) {
        if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
