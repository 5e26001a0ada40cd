package org.eduroadmap.audit.ui;

import java.security.Principal;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.internal.ReflectTools;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.eduroadmap.audit.SecurityEventKind;
import org.eduroadmap.audit.SecurityEventLog;

/**
 * Records a signed-in user's attempt to open a screen their role may not see. The router shows the
 * error view for {@link AccessDeniedException} exactly then, so its appearance is the refusal.
 */
@Component
class DeniedNavigationRecorder implements VaadinServiceInitListener {

    private final SecurityEventLog log;

    DeniedNavigationRecorder(SecurityEventLog log) {
        this.log = log;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(this::afterNavigation));
    }

    private void afterNavigation(AfterNavigationEvent event) {
        if (event.getActiveChain().stream().noneMatch(DeniedNavigationRecorder::showsAccessDenied)) {
            return;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        Principal user = request == null ? null : request.getUserPrincipal();
        log.record(SecurityEventKind.ACCESS_DENIED, user == null ? null : user.getName(),
                request == null ? null : request.getRemoteAddr(), "/" + event.getLocation().getPathWithQueryParameters());
    }

    private static boolean showsAccessDenied(HasElement view) {
        return view instanceof HasErrorParameter<?> && AccessDeniedException.class.equals(
                ReflectTools.getGenericInterfaceType(view.getClass(), HasErrorParameter.class));
    }
}
