package org.eduroadmap.assistance.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;

import org.eduroadmap.assistance.AssistanceService;
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
        Div card = new Div();
        List<ListItem> items = assistance.requestsForKpi(kpiCode).stream().map(row -> {
            Span status = new Span(card.getTranslation("request.status." + row.status().name()));
            status.addClassNames("request-status", "request-status-" + row.status().name());
            return new ListItem(new Span(row.number() + " · " + row.title() + " · "
                    + row.addressedOrganisation().in(locale) + " "), status);
        }).toList();
        return KpiPageSection.listCard("linked-requests", card.getTranslation("kpi.linkedRequests"),
                card.getTranslation("kpi.linkedRequests.none"), items);
    }
}
