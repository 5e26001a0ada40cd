package org.eduroadmap.security.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.eduroadmap.security.UserService;

/** Opens every page of a signed-in user in the language they chose last time. */
@Component
class UserLanguage implements VaadinServiceInitListener {

    private final UserService users;

    UserLanguage(UserService users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> users.currentUser()
                .ifPresent(user -> init.getUI().setLocale(user.language().locale())));
    }
}
