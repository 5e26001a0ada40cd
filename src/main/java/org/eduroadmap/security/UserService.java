package org.eduroadmap.security;

import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.Language;
import org.eduroadmap.base.Pages;

@Service
@Transactional(readOnly = true)
public class UserService {

    private final AppUserRepository users;
    private final SecurityContextHolderStrategy securityContext;

    /** Reads the signed-in user through the same strategy as method security, Vaadin's session-aware one. */
    UserService(AppUserRepository users, SecurityContextHolderStrategy securityContext) {
        this.users = users;
        this.securityContext = securityContext;
    }

    /** The signed-in user, or empty for an anonymous request. */
    @PreAuthorize("permitAll()")
    public Optional<UserProfile> currentUser() {
        return currentUsername().flatMap(users::findByUsername).map(UserService::toProfile);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeLanguage(Language language) {
        AppUser user = currentUsername().flatMap(users::findByUsername)
                .orElseThrow(() -> new IllegalStateException("No signed-in user"));
        user.setLanguage(language);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Slice<UserRow> users(Pageable pageable) {
        return users.findRows(Pages.sortedOr(pageable, Sort.by("username")));
    }

    private Optional<String> currentUsername() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    private static UserProfile toProfile(AppUser user) {
        return new UserProfile(user.getId(), user.getUsername(), user.getFullName(), user.getRole(),
                user.getOrganisation() == null ? null : user.getOrganisation().getName(), user.getLanguage());
    }
}
