package org.eduroadmap.roadmap.ui;

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

import org.eduroadmap.base.Formats;
import org.eduroadmap.kpi.ui.KpiPageSection;
import org.eduroadmap.roadmap.ActivityRow;
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
        List<ActivityRow> rows = roadmap.activitiesForKpi(kpiCode);
        Div card = new Div();
        card.addClassNames("card", "linked-activities");
        card.add(new H2(card.getTranslation("kpi.linkedActivities")));
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(card.getTranslation("kpi.linkedActivities.none"));
            none.addClassName("muted");
            card.add(none);
            return card;
        }
        UnorderedList list = new UnorderedList();
        for (ActivityRow row : rows) {

            Span details = new Span(" · " + card.getTranslation("activity.status." + row.status().name()) + " · "
                    + row.percentComplete() + "\u00a0% · " + Formats.date(row.plannedStart(), locale) + " – "
                    + Formats.date(row.plannedEnd(), locale));
            details.addClassName("muted");
            Span title = new Span(row.title().in(locale));
            ListItem item = new ListItem(title, details);
            if (row.isOverdue(roadmap.today())) {
                Span overdue = new Span(" · " + card.getTranslation("activity.overdue"));
                overdue.addClassName("overdue");
                item.add(overdue);
            }
            list.add(item);
        }
        card.add(list);
        return card;
    }
}
