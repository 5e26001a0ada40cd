package org.eduroadmap.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside the demo profile no account has a known password: the first administrator is created
 * from {@code EDUROADMAP_ADMIN_PASSWORD} when the user table is empty.
 */
@Component
@Order(100)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final String password;

    FirstAdministrator(AppUserRepository users, PasswordEncoder passwordEncoder,
                       @Value("${eduroadmap.admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (password.isBlank()) {
            log.warn("No users exist. Set EDUROADMAP_ADMIN_PASSWORD to create the first administrator 'admin'.");
            return;
        }
        users.save(new AppUser("admin", passwordEncoder.encode(password), "Administrator", Role.ADMIN, null));
        log.info("Created the first administrator 'admin' from EDUROADMAP_ADMIN_PASSWORD.");
    }
}
