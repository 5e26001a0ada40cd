package org.eduroadmap.roadmap.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;

import org.eduroadmap.base.Formats;
import org.eduroadmap.kpi.ui.KpiPageSection;
import org.eduroadmap.roadmap.RoadmapService;

/** On a KPI's page: the Roadmap activities meant to move it, with their progress and dates. */
@Component
@Order(1)
class LinkedActivities implements KpiPageSection {

    private final RoadmapService roadmap;

    LinkedActivities(RoadmapService roadmap) {
        this.roadmap = roadmap;
    }

    @Override
    public com.vaadin.flow.component.Component create(String kpiCode, Locale locale) {
        Div card = new Div();
        List<ListItem> items = roadmap.activitiesForKpi(kpiCode).stream().map(row -> {
            Span details = new Span(" · " + card.getTranslation("activity.status." + row.status().name()) + " · "
                    + row.percentComplete() + "\u00a0% · " + Formats.date(row.plannedStart(), locale) + " – "
                    + Formats.date(row.plannedEnd(), locale));
            details.addClassName("muted");
            ListItem item = new ListItem(new Anchor("roadmap?activity=" + row.id(), row.title().in(locale)), details);
            if (row.isOverdue(roadmap.today())) {
                Span overdue = new Span(" · " + card.getTranslation("activity.overdue"));
                overdue.addClassName("overdue");
                item.add(overdue);
            }
            return item;
        }).toList();
        return KpiPageSection.listCard("linked-activities", card.getTranslation("kpi.linkedActivities"),
                card.getTranslation("kpi.linkedActivities.none"), items);
    }
}
