package org.eduroadmap.roadmap.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.eduroadmap.base.Formats;
import org.eduroadmap.roadmap.ActivityKind;
import org.eduroadmap.roadmap.ActivityRow;
import org.eduroadmap.roadmap.RoadmapService;
import org.eduroadmap.roadmap.RoadmapSummary;

/** The cooperation Roadmap: its state, a timeline of activities and milestones, and the same as a grid. */
@Route("roadmap")
@Menu(order = 2, icon = "vaadin:road-branches", title = "nav.roadmap")
@PermitAll
class RoadmapView extends Main implements HasDynamicTitle {

    private final LocalDate today;

    RoadmapView(RoadmapService roadmap) {
        addClassName("page");
        today = roadmap.today();
        roadmap.summary().ifPresent(summary -> add(header(summary)));
        add(new RoadmapTimeline(roadmap.timeline(), today, getLocale()));
        add(activityGrid(roadmap));
    }

    private Div header(RoadmapSummary summary) {
        H2 title = new H2(summary.title().in(getLocale()));
        Span status = new Span(getTranslation("roadmap.status." + summary.status().name()));
        status.addClassName("roadmap-status");
        Div facts = new Div(status,
                fact("roadmap.progress", Formats.number(java.math.BigDecimal.valueOf(summary.progressPercent()), 0,
                        getLocale()) + "\u00a0%"),
                fact("roadmap.overdue", String.valueOf(summary.overdue())),
                fact("roadmap.upcoming", String.valueOf(summary.dueNext30Days())));
        if (summary.signedOn() != null) {
            facts.add(fact("roadmap.signedOn", Formats.date(summary.signedOn(), getLocale())));
        }
        facts.addClassName("roadmap-facts");
        Div header = new Div(title, facts);
        header.addClassNames("card", "roadmap-header");
        return header;
    }

    private Span fact(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("muted");
        Span number = new Span(value);
        number.addClassName("fact-value");
        Span fact = new Span(label, number);
        fact.addClassName("fact");
        return fact;
    }

    private Grid<ActivityRow> activityGrid(RoadmapService roadmap) {
        Grid<ActivityRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::titleCell).setHeader(getTranslation("activity.title")).setFlexGrow(3);
        grid.addColumn(row -> row.actionArea().in(getLocale())).setHeader(getTranslation("activity.actionArea"))
                .setFlexGrow(2);
        grid.addColumn(row -> row.owner().in(getLocale())).setHeader(getTranslation("activity.owner")).setFlexGrow(2);
        grid.addColumn(row -> row.responsible() == null ? "–" : row.responsible())
                .setHeader(getTranslation("activity.responsible")).setAutoWidth(true);
        grid.addColumn(row -> Formats.date(row.plannedStart(), getLocale())).setHeader(getTranslation("activity.start"))
                .setSortable(true).setSortProperty("plannedStart").setAutoWidth(true);
        grid.addColumn(row -> Formats.date(row.plannedEnd(), getLocale())).setHeader(getTranslation("activity.end"))
                .setSortable(true).setSortProperty("plannedEnd").setAutoWidth(true);
        grid.addColumn(row -> row.percentComplete() + "\u00a0%").setHeader(getTranslation("activity.percent"))
                .setSortable(true).setSortProperty("percentComplete").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation("activity.status." + row.status().name()))
                .setHeader(getTranslation("activity.status")).setSortable(true).setSortProperty("status")
                .setAutoWidth(true);
        grid.setItemsPageable(pageable -> roadmap.activities(pageable).getContent());
        grid.setEmptyStateText(getTranslation("roadmap.empty"));
        grid.setHeight("28rem");
        return grid;
    }

    private Span titleCell(ActivityRow row) {
        Span cell = new Span();
        if (row.kind() == ActivityKind.MILESTONE) {
            cell.add(VaadinIcon.DIAMOND_O.create());
        }
        cell.add(new Span(row.title().in(getLocale())));
        if (row.isOverdue(today)) {
            Span overdue = new Span(VaadinIcon.CLOCK.create(), new Span(getTranslation("activity.overdue")));
            overdue.addClassName("overdue");
            cell.add(overdue);
        }
        cell.addClassName("activity-title");
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.roadmap") + " · EduRoadmap";
    }
}
