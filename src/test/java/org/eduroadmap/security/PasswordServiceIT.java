package org.eduroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.eduroadmap.RunAs;
import org.eduroadmap.audit.AuditService;
import org.eduroadmap.audit.SecurityEventFilter;
import org.eduroadmap.audit.SecurityEventKind;
import org.eduroadmap.audit.SecurityEventRow;
import org.eduroadmap.base.RuleViolation;

/** Users change their own password, administrators reset anyone's; the policy holds for both. Commits. */
@SpringBootTest
class PasswordServiceIT {

    private static final String OLD = "old password for tests";
    private static final String NEW = "Lebap velayat schools 2026";

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

    private long createUser(String username, Role role) {
        AppUser user = new TestUsers(users, passwordEncoder).ensure(username, OLD, role);
        user.setPasswordHash(passwordEncoder.encode(OLD));
        return users.save(user).getId();
    }

    private boolean hasPassword(String username, String password) {
        return passwordEncoder.matches(password, users.findByUsername(username).orElseThrow().getPasswordHash());
    }

    private void as(String user, String role, Runnable action) {
        new RunAs(securityContext).run(user, role, action);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MINISTER", "PROJECT_MANAGER", "UNESCO_ADVISOR", "ADMIN"})
    void everyRoleChangesItsOwnPasswordAndTheChangeIsRecorded(String role) {
        String username = "test-own-" + role.toLowerCase();
        createUser(username, Role.valueOf(role));

        as(username, role, () -> service.changeOwnPassword(OLD, NEW));

        assertThat(hasPassword(username, NEW)).isTrue();
        assertThat(new RunAs(securityContext).as("admin", "ADMIN", () -> audit.securityEvents(
                new SecurityEventFilter(username, SecurityEventKind.PASSWORD_CHANGED, null, null),
                PageRequest.of(0, 5)).getContent())).extracting(SecurityEventRow::username).containsExactly(username);
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneChangesNothing() {
        createUser("test-careful", Role.PROJECT_MANAGER);

        assertThatThrownBy(() -> as("test-careful", "PROJECT_MANAGER", () -> service.changeOwnPassword("guess", NEW)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("password.error.current"));
        assertThatThrownBy(() -> as("test-careful", "PROJECT_MANAGER", () -> service.changeOwnPassword(OLD, "Password2026!")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("password.error.common"));
        assertThatThrownBy(() -> as("test-careful", "PROJECT_MANAGER", () -> service.changeOwnPassword(OLD, "short")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("password.error.tooShort"));
        assertThat(hasPassword("test-careful", OLD)).isTrue();
    }

    @Test
    void anAdministratorResetsAPasswordUnderThePolicy() {
        long id = createUser("test-forgot", Role.UNESCO_ADVISOR);

        assertThatThrownBy(() -> as("admin", "ADMIN", () -> service.resetPassword(id, "qwertyuiop123")))
                .isInstanceOf(RuleViolation.class);
        assertThat(hasPassword("test-forgot", OLD)).isTrue();

        as("admin", "ADMIN", () -> service.resetPassword(id, NEW));
        assertThat(hasPassword("test-forgot", NEW)).isTrue();
        assertThat(new RunAs(securityContext).as("admin", "ADMIN", () -> audit.securityEvents(
                new SecurityEventFilter("admin", SecurityEventKind.PASSWORD_RESET, null, null),
                PageRequest.of(0, 50)).getContent())).extracting(SecurityEventRow::detail).contains("user=test-forgot");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MINISTER", "PROJECT_MANAGER", "UNESCO_ADVISOR"})
    void onlyAdministratorsResetPasswords(String role) {
        long id = createUser("test-target-" + role.toLowerCase(), Role.PROJECT_MANAGER);
        assertThatThrownBy(() -> as("someone", role, () -> service.resetPassword(id, NEW)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(hasPassword("test-target-" + role.toLowerCase(), OLD)).isTrue();
    }

    @Test
    void anonymousCallersChangeNoPassword() {
        long id = createUser("test-anon", Role.PROJECT_MANAGER);
        var previous = securityContext.getContext().getAuthentication();
        securityContext.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        try {
            assertThatThrownBy(() -> service.changeOwnPassword(OLD, NEW)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.resetPassword(id, NEW)).isInstanceOf(AccessDeniedException.class);
        } finally {
            securityContext.getContext().setAuthentication(previous);
        }
        assertThat(hasPassword("test-anon", OLD)).isTrue();
    }
}
