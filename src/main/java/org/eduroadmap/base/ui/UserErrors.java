package org.eduroadmap.base.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * An action that fails (a click, a save) tells the user so in their language, instead of failing silently:
 * the database being unreachable, someone else's concurrent change, a refusal, or a fault with the error
 * number that is in the log. Errors while opening a page are shown by {@link ErrorView}.
 */
@Component
class UserErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UserErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Failure failure = Failure.of(event.getThrowable());
        String errorId = ErrorView.newErrorId();
        if (failure == Failure.UNEXPECTED) {
            log.error("Unexpected error {} in a user action", errorId, event.getThrowable());
        } else {
            log.warn("User action refused ({}), error {}: {}", failure, errorId, event.getThrowable().toString());
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Notification notification = new Notification(ui.getTranslation(failure.messageKey, errorId), 8000,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("user-error");
        notification.open();
    }
}
