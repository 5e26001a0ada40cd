package org.eduroadmap.assistance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.eduroadmap.audit.ui.HistoryLink;
import org.eduroadmap.assistance.RequestDetail;
import org.eduroadmap.base.Formats;

/** A request's title, badges and fields, with links to the Roadmap activity and KPI it serves. */
class RequestHeader extends Div {

    RequestHeader(RequestDetail detail) {
        addClassName("request-header");
        Span status = new Span(getTranslation("request.status." + detail.status().name()));
        status.addClassNames("request-status", "request-status-" + detail.status().name());
        H2 heading = new H2(detail.number() + " · " + detail.title());
        Div badges = new Div(status, new SlaBadge(detail.sla()));
        badges.addClassName("request-badges");
        Div fields = new Div();
        fields.addClassName("request-fields");
        var locale = getLocale();
        field(fields, "request.category", getTranslation("request.category." + detail.category().name()));
        field(fields, "request.priority", getTranslation("request.priority." + detail.priority().name()));
        field(fields, "request.requestedBy", detail.requestingOrganisation().in(locale));
        field(fields, "request.addressedTo", detail.addressedOrganisation().in(locale));
        field(fields, "request.advisor", orDash(detail.assignedAdvisor()));
        field(fields, "request.createdBy", detail.createdBy() + " · " + Formats.date(detail.createdAt(), locale));
        field(fields, "request.submittedAt",
                detail.submittedAt() == null ? "–" : Formats.date(detail.submittedAt(), locale));
        field(fields, "request.dueDate", detail.dueDate() == null ? "–" : Formats.date(detail.dueDate(), locale));
        fields.add(labelled("request.activity", detail.activityId() == null ? new Span("–")
                : link("roadmap?activity=" + detail.activityId(), detail.activityTitle().in(locale), "request-activity")));
        fields.add(labelled("request.kpi", detail.kpiCode() == null ? new Span("–")
                : link("kpis/" + detail.kpiCode(), detail.kpiCode() + " · " + detail.kpiName().in(locale),
                "request-kpi")));
        if (detail.declineReason() != null) {
            field(fields, "request.declineReason", detail.declineReason());
        }
        Paragraph description = new Paragraph(detail.description());
        description.addClassName("request-description");
        add(heading, badges, fields, description);
        add(HistoryLink.to("AssistanceRequest", "requestNumber", detail.number()));
    }

    private void field(Div fields, String labelKey, String value) {
        fields.add(labelled(labelKey, new Span(value)));
    }

    private Div labelled(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("request-field-label");
        Div field = new Div(label, value);
        field.addClassName("request-field");
        return field;
    }

    private static Anchor link(String href, String text, String className) {
        Anchor anchor = new Anchor(href, text);
        anchor.addClassName(className);
        return anchor;
    }

    private static String orDash(String text) {
        return text == null ? "–" : text;
    }
}
