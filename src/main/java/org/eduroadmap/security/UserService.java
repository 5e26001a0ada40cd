package org.eduroadmap.security;

import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.audit.SecurityEventKind;
import org.eduroadmap.audit.SecurityEventLog;
import org.eduroadmap.base.Language;
import org.eduroadmap.base.Pages;
import org.eduroadmap.base.RuleViolation;

@Service
@Transactional(readOnly = true)
public class UserService {

    private final AppUserRepository users;
    private final SecurityContextHolderStrategy securityContext;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SecurityEventLog securityEvents;

    /** Reads the signed-in user through the same strategy as method security, Vaadin's session-aware one. */
    UserService(AppUserRepository users, SecurityContextHolderStrategy securityContext,
                PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, SecurityEventLog securityEvents) {
        this.users = users;
        this.securityContext = securityContext;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.securityEvents = securityEvents;
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

    /**
     * Changes the signed-in user's own password after checking the current one. The new one must follow the
     * password policy; nothing changes otherwise.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = currentUsername().flatMap(users::findByUsername)
                .orElseThrow(() -> new IllegalStateException("No signed-in user"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new RuleViolation("currentPassword", "password.error.current");
        }
        passwordPolicy.check(newPassword, user.getUsername());
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        securityEvents.recordFromCurrentRequest(SecurityEventKind.PASSWORD_CHANGED, user.getUsername(), null);
    }

    /** An administrator sets a new password for a user, e.g. one who forgot theirs; the policy applies. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(long userId, String newPassword) {
        AppUser user = users.findById(userId).orElseThrow(() -> new RuleViolation(null, "password.error.user"));
        passwordPolicy.check(newPassword, user.getUsername());
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        // Whoever knew the old password is signed out too, on every node.
        user.endSessions();
        securityEvents.recordFromCurrentRequest(SecurityEventKind.PASSWORD_RESET,
                currentUsername().orElse("-"), "user=" + user.getUsername());
    }

    /**
     * An administrator disables a user, who can then no longer sign in and whose open sessions end at their
     * next request on every node, or enables them again. {@code expectedVersion} is the version the
     * administrator saw: a user changed meanwhile is refused with an optimistic locking failure. An
     * administrator cannot disable their own account, so at least one can always sign in.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setEnabled(long userId, long expectedVersion, boolean enabled) {
        AppUser user = users.findById(userId).orElseThrow(() -> new RuleViolation(null, "admin.user.error.missing"));
        if (user.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(AppUser.class, userId);
        }
        if (!enabled && currentUsername().filter(user.getUsername()::equals).isPresent()) {
            throw new RuleViolation(null, "admin.user.error.self");
        }
        user.setEnabled(enabled);
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
