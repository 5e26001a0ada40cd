package org.eduroadmap.assistance.ui;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

/** Hosts the request page's sections on their own, as the real page does, so they can be tested apart from it. */
@Route("test-request-sections")
@PermitAll
class RequestSectionsTestView extends Div implements HasUrlParameter<String> {

    private final List<RequestPageSection> sections;

    RequestSectionsTestView(List<RequestPageSection> sections) {
        this.sections = sections;
    }

    @Override
    public void setParameter(BeforeEvent event, String requestNumber) {
        removeAll();
        sections.stream().sorted(Comparator.comparingInt(RequestPageSection::order))
                .forEach(section -> add(section.create(requestNumber)));
    }
}
