package org.eduroadmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;
import org.eduroadmap.base.RuleViolation;

/** Creating and revoking tokens, against the database; each test is rolled back. */
@SpringBootTest
@Import(TestClock.class)
@Transactional
class ApiTokenServiceIT {

    @Autowired
    ApiTokenService service;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    JdbcTemplate jdbc;

    private RunAs runAs() {
        return new RunAs(securityContext);
    }

    private CreatedApiToken create(String name, Set<ApiScope> scopes) {
        return runAs().as("admin", "ADMIN", () -> service.create(name, scopes));
    }

    @Test
    void theSecretIsShownOnceAndOnlyItsHashIsStored() {
        CreatedApiToken token = create("EMIS", EnumSet.of(ApiScope.MEASUREMENTS_WRITE));
        assertThat(token.secret()).startsWith("edr_").hasSizeGreaterThanOrEqualTo(4 + 43);
        List<String> stored = jdbc.queryForList("select concat(name, '|', scopes, '|', secret_hash, '|', created_by)"
                + " from api_token", String.class);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).doesNotContain(token.secret()).doesNotContain(token.secret().substring(4))
                .isEqualTo("EMIS|measurements:write|" + ApiTokenService.hash(token.secret()) + "|admin");
        assertThat(runAs().as("admin", "ADMIN", service::tokens)).singleElement()
                .satisfies(row -> assertThat(row.toString()).doesNotContain(token.secret()));
    }

    @Test
    void eachTokenHasItsOwnSecret() {
        CreatedApiToken first = create("EMIS", EnumSet.of(ApiScope.MEASUREMENTS_WRITE));
        CreatedApiToken second = create("Reporting", EnumSet.of(ApiScope.READ));
        assertThat(first.secret()).isNotEqualTo(second.secret());
    }

    @Test
    void aSecretResolvesToItsClientUntilRevoked() {
        CreatedApiToken token = create("EMIS", EnumSet.of(ApiScope.READ, ApiScope.MEASUREMENTS_WRITE));
        assertThat(service.authenticate(token.secret())).hasValueSatisfying(client -> {
            assertThat(client.getName()).isEqualTo("api:EMIS");
            assertThat(client.scopes()).containsExactlyInAnyOrder(ApiScope.READ, ApiScope.MEASUREMENTS_WRITE);
        });
        assertThat(service.authenticate(token.secret() + "x")).isEmpty();
        assertThat(service.authenticate(null)).isEmpty();
        runAs().run("admin", "ADMIN", () -> service.revoke(token.id()));
        assertThat(service.authenticate(token.secret())).isEmpty();
        assertThat(runAs().as("admin", "ADMIN", service::tokens)).singleElement()
                .satisfies(row -> assertThat(row.revoked()).isTrue());
    }

    @Test
    void badNamesAndMissingScopesAreRefused() {
        assertThatThrownBy(() -> create("  ", EnumSet.of(ApiScope.READ)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("name"));
        assertThatThrownBy(() -> create("EMIS\nadmin", EnumSet.of(ApiScope.READ)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("name"));
        assertThatThrownBy(() -> create("EMIS", EnumSet.noneOf(ApiScope.class)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("scopes"));
        create("EMIS", EnumSet.of(ApiScope.READ));
        assertThatThrownBy(() -> create("emis", EnumSet.of(ApiScope.READ)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("apiToken.error.duplicate"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MINISTER", "PROJECT_MANAGER", "UNESCO_ADVISOR"})
    void onlyAdministratorsManageTokens(String role) {
        CreatedApiToken token = create("EMIS", EnumSet.of(ApiScope.READ));
        assertThatThrownBy(() -> runAs().as("someone", role, () -> service.create("Other", EnumSet.of(ApiScope.READ))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> runAs().run("someone", role, () -> service.revoke(token.id())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> runAs().as("someone", role, service::tokens))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(service.authenticate(token.secret())).as("still valid").isPresent();
    }

    @Test
    void anonymousCannotManageTokens() {
        assertThatThrownBy(() -> service.create("Other", EnumSet.of(ApiScope.READ)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(service::tokens).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
