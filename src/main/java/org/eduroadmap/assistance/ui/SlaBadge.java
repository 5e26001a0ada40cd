package org.eduroadmap.assistance.ui;

import com.vaadin.flow.component.html.Span;

import org.eduroadmap.assistance.RequestSla;

/** Where the first-response promise stands: time left, met, or late by so many working days (in red). */
class SlaBadge extends Span {

    SlaBadge(RequestSla.Status sla) {
        addClassNames("sla-badge", "sla-" + sla.state().name());
        setText(switch (sla.state()) {
            case NOT_STARTED -> getTranslation("request.sla.notStarted");
            case RUNNING -> getTranslation("request.sla.running", sla.remainingDays(), sla.remainingHours());
            case PAUSED -> getTranslation("request.sla.paused", sla.remainingDays(), sla.remainingHours());
            case MET -> getTranslation("request.sla.met");
            case BREACHED -> getTranslation("request.sla.breached", sla.breachedDays());
        });
    }
}
