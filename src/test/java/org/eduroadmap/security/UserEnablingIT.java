package org.eduroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.eduroadmap.RunAs;
import org.eduroadmap.audit.AuditService;
import org.eduroadmap.audit.ChangeFilter;
import org.eduroadmap.audit.ChangeRow;
import org.eduroadmap.audit.FieldChange;
import org.eduroadmap.base.RuleViolation;

/** Only an administrator disables or enables a user, never their own account, and never over a newer change. Commits. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:user-enabling;DB_CLOSE_DELAY=-1")
class UserEnablingIT {

    @Autowired
    UserService service;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuditService audit;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    private AppUser user(String username, Role role) {
        return new TestUsers(users, passwordEncoder).ensure(username, "irrelevant here 2026", role);
    }

    private void as(String username, String role, Runnable action) {
        new RunAs(securityContext).run(username, role, action);
    }

    private boolean enabled(String username) {
        return users.findByUsername(username).orElseThrow().isEnabled();
    }

    @Test
    void anAdministratorDisablesAndEnablesAUserAndTheChangeIsInTheHistory() {
        AppUser target = user("test-disable-me", Role.PROJECT_MANAGER);

        as("admin", "ADMIN", () -> service.setEnabled(target.getId(), target.getVersion(), false));
        assertThat(enabled("test-disable-me")).isFalse();

        long version = users.findByUsername("test-disable-me").orElseThrow().getVersion();
        as("admin", "ADMIN", () -> service.setEnabled(target.getId(), version, true));
        assertThat(enabled("test-disable-me")).isTrue();

        assertThat(new RunAs(securityContext).as("admin", "ADMIN", () -> audit.changes(
                new ChangeFilter("admin", "AppUser", String.valueOf(target.getId()), null, null, null),
                PageRequest.of(0, 10)).getContent()))
                .flatExtracting(ChangeRow::fields)
                .contains(new FieldChange("enabled", "true", "false"), new FieldChange("enabled", "false", "true"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MINISTER", "PROJECT_MANAGER", "UNESCO_ADVISOR"})
    void otherRolesAreRefused(String role) {
        AppUser target = user("test-keep-" + role.toLowerCase(), Role.PROJECT_MANAGER);

        assertThatThrownBy(() -> as("someone", role, () -> service.setEnabled(target.getId(), target.getVersion(), false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(enabled(target.getUsername())).isTrue();
    }

    @Test
    void anonymousVisitorsAreRefused() {
        AppUser target = user("test-keep-anonymous", Role.PROJECT_MANAGER);
        var previous = securityContext.getContext().getAuthentication();
        securityContext.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        try {
            assertThatThrownBy(() -> service.setEnabled(target.getId(), target.getVersion(), false))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            securityContext.getContext().setAuthentication(previous);
        }
        assertThat(enabled(target.getUsername())).isTrue();
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() {
        AppUser self = user("test-admin-self", Role.ADMIN);

        assertThatThrownBy(() -> as("test-admin-self", "ADMIN", () -> service.setEnabled(self.getId(), self.getVersion(), false)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("admin.user.error.self"));
        assertThat(enabled("test-admin-self")).isTrue();
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefused() {
        AppUser target = user("test-stale", Role.UNESCO_ADVISOR);
        long seen = target.getVersion();
        as("admin", "ADMIN", () -> service.setEnabled(target.getId(), seen, false));

        assertThatThrownBy(() -> as("admin", "ADMIN", () -> service.setEnabled(target.getId(), seen, true)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(enabled("test-stale")).isFalse();
    }
}
