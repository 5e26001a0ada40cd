package org.eduroadmap.assistance.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.eduroadmap.assistance.AssistanceService;
import org.eduroadmap.assistance.RequestRow;
import org.eduroadmap.kpi.ui.KpiPageSection;

/** On a KPI's page: the requests for UNESCO assistance meant to help move it. */
@Component
@Order(2)
class LinkedRequests implements KpiPageSection {

    private final AssistanceService assistance;

    LinkedRequests(AssistanceService assistance) {
        this.assistance = assistance;
    }

    @Override
    public com.vaadin.flow.component.Component create(String kpiCode, Locale locale) {
        List<RequestRow> rows = assistance.requestsForKpi(kpiCode);
        Div card = new Div();
        card.addClassNames("card", "linked-requests");
        card.add(new H2(card.getTranslation("kpi.linkedRequests")));
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(card.getTranslation("kpi.linkedRequests.none"));
            none.addClassName("muted");
            card.add(none);
            return card;
        }
        UnorderedList list = new UnorderedList();
        for (RequestRow row : rows) {
            Span status = new Span(card.getTranslation("request.status." + row.status().name()));
            status.addClassNames("request-status", "request-status-" + row.status().name());
            list.add(new ListItem(new Span(row.number() + " · " + row.title() + " · "
                    + row.addressedOrganisation().in(locale) + " "), status));
        }
        card.add(list);
        return card;
    }
}
