package org.eduroadmap.security;

import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts for tests beside the demo users: made once with a password and a role, found again afterwards. */
record TestUsers(AppUserRepository users, PasswordEncoder passwordEncoder) {

    AppUser ensure(String username, String password, Role role) {
        return users.findByUsername(username).orElseGet(() -> users.save(new AppUser(username,
                passwordEncoder.encode(password), "Test " + username, role, null)));
    }
}
