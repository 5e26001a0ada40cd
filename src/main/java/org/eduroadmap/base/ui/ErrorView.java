package org.eduroadmap.base.ui;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Shown for any unexpected failure: a plain message and an id the user can quote, never a stack
 * trace. The full exception goes to the log under the same id.
 */
@AnonymousAllowed
public class ErrorView extends MessagePage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String errorId = newErrorId();
        if (Failure.of(parameter.getException()) == Failure.DATABASE_UNAVAILABLE) {
            log.warn("Database unavailable, error {} at /{}: {}", errorId, event.getLocation().getPath(),
                    parameter.getException().toString());
            show("error.unavailable.title", getTranslation("error.unavailable.message"));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Unexpected error {} at /{}", errorId, event.getLocation().getPath(), parameter.getException());
        show("error.title", getTranslation("error.message", errorId));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    static String newErrorId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
