package org.eduroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.eduroadmap.base.RuleViolation;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"Password2024!", "p@ssw0rd12345", "123456789012", "qwertyuiop123", "demodemodemo",
            "aaaaaaaaaaaaaaaa", "Welcome12345", "iloveyouiloveyou", "eduroadmap2026", "   password   ",
            "correct horse battery staple", "layla-the-manager-2026"})
    void commonOrGuessablePasswordsAreRefused(String password) {
        assertThatThrownBy(() -> policy.check(password, "layla"))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.field()).isEqualTo("newPassword");
                    assertThat(refused.messageKey()).isIn("password.error.common", "password.error.tooShort");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "short1!", "elevenchars"})
    void passwordsUnderTwelveCharactersAreRefused(String password) {
        assertThatThrownBy(() -> policy.check(password, "layla")).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("password.error.tooShort"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lebap velayat schools 2026", "tmq8-Vx2r-PLm4", "Гүнеш ýyldyz 17 köl", "blue-kettle-under-stairs"})
    void longUncommonPasswordsAreAccepted(String password) {
        policy.check(password, "layla");
    }

    @org.junit.jupiter.api.Test
    void veryLongPasswordsAreRefused() {
        assertThatThrownBy(() -> policy.check("x7".repeat(65) + "q", "layla")).isInstanceOfSatisfying(
                RuleViolation.class, refused -> assertThat(refused.messageKey()).isEqualTo("password.error.tooLong"));
    }
}
