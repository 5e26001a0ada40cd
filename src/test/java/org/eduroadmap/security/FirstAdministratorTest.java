package org.eduroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Outside the demo no default password exists: the first administrator comes from the environment. */
class FirstAdministratorTest {

    private final AppUserRepository users = mock(AppUserRepository.class);
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    @Test
    void createsTheAdministratorFromTheConfiguredPasswordWhenNoUserExists() {
        when(users.count()).thenReturn(0L);
        new FirstAdministrator(users, encoder, "a long Secret 2026").run(new DefaultApplicationArguments());

        ArgumentCaptor<AppUser> saved = ArgumentCaptor.forClass(AppUser.class);
        verify(users).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("admin");
        assertThat(saved.getValue().getRole()).isEqualTo(Role.ADMIN);
        assertThat(saved.getValue().getPasswordHash()).doesNotContain("Secret");
        assertThat(encoder.matches("a long Secret 2026", saved.getValue().getPasswordHash())).isTrue();
    }

    @Test
    void createsNobodyWithoutAConfiguredPassword() {
        when(users.count()).thenReturn(0L);
        new FirstAdministrator(users, encoder, "").run(new DefaultApplicationArguments());
        verify(users, never()).save(any());
    }

    @Test
    void leavesAnExistingUserBaseAlone() {
        when(users.count()).thenReturn(3L);
        new FirstAdministrator(users, encoder, "a long Secret 2026").run(new DefaultApplicationArguments());
        verify(users, never()).save(any());
    }
}
