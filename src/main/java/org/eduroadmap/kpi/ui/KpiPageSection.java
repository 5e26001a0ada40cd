package org.eduroadmap.kpi.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A part of the KPI page contributed by another feature (the Roadmap activities and the assistance
 * requests that should move the KPI). Those features know about KPIs; KPIs do not know about them.
 */
public interface KpiPageSection {

    /** The section for one KPI, or null when there is nothing to show. */
    Component create(String kpiCode, Locale locale);

    /** The common shape of a section: a titled card listing items, or saying there are none. */
    static Div listCard(String className, String title, String none, List<ListItem> items) {
        Div card = new Div(new H2(title));
        card.addClassNames("card", className);
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(none);
            empty.addClassName("muted");
            card.add(empty);
        } else {
            UnorderedList list = new UnorderedList();
            items.forEach(list::add);
            card.add(list);
        }
        return card;
    }
}
