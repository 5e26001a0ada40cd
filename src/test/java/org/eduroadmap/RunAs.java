package org.eduroadmap;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Runs a step of a test as a given user and role, then restores whoever was signed in before, so calls nest. */
public record RunAs(SecurityContextHolderStrategy securityContext) {

    public <T> T as(String user, String role, Supplier<T> action) {
        var previous = securityContext.getContext().getAuthentication();
        securityContext.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            return action.get();
        } finally {
            securityContext.getContext().setAuthentication(previous);
        }
    }

    public void run(String user, String role, Runnable action) {
        as(user, role, () -> {
            action.run();
            return null;
        });
    }
}
