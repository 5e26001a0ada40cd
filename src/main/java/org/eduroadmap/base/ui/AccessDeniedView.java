package org.eduroadmap.base.ui;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A signed-in user opened a screen their role may not see. */
@AnonymousAllowed
public class AccessDeniedView extends MessagePage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("accessDenied.title", getTranslation("accessDenied.message"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
