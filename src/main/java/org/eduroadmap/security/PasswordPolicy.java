package org.eduroadmap.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import org.eduroadmap.base.RuleViolation;

/**
 * What a new password must be: at least 12 characters (ASVS 2.1.1), at most 128, and not a common password
 * from the list shipped with the application, nor one with a digit or symbol added, look-alike digits
 * for letters, a listed word repeated, or the username inside. Existing passwords are not re-checked.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final String LIST = "security/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Throws a {@link RuleViolation} on the {@code newPassword} field when the password may not be used. */
    void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new RuleViolation("newPassword", "password.error.tooShort");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            throw new RuleViolation("newPassword", "password.error.tooLong");
        }
        if (isGuessable(password, username)) {
            throw new RuleViolation("newPassword", "password.error.common");
        }
    }

    boolean isGuessable(String password, String username) {
        String lower = password.toLowerCase(Locale.ROOT).strip();
        if (lower.chars().distinct().count() <= 2) {
            return true;
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String candidate : new String[]{lower, core(lower), core(unleet(lower)), unleet(lower)}) {
            if (candidate.isEmpty() || common.contains(candidate) || isRepetition(candidate)
                    || candidate.chars().allMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** The word without the digits and symbols people put around it. */
    private static String core(String value) {
        return value.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "").replace(" ", "");
    }

    private static String unleet(String value) {
        return value.replace('@', 'a').replace('4', 'a').replace('0', 'o').replace('1', 'i').replace('!', 'i')
                .replace('3', 'e').replace('$', 's').replace('5', 's').replace('7', 't');
    }

    /** A listed word typed several times, e.g. "demodemodemo". */
    private boolean isRepetition(String value) {
        for (int length = 1; length <= value.length() / 2; length++) {
            if (value.length() % length == 0 && value.equals(value.substring(0, length).repeat(value.length() / length))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list " + LIST + " is missing", e);
        }
        return Set.copyOf(words);
    }
}
