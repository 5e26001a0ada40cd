package org.eduroadmap.roadmap.ui;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

import org.eduroadmap.base.Formats;
import org.eduroadmap.base.ui.GridExport;
import org.eduroadmap.roadmap.ActivityFilter;
import org.eduroadmap.roadmap.ActivityKind;
import org.eduroadmap.roadmap.ActivityRow;
import org.eduroadmap.roadmap.ActivityService;
import org.eduroadmap.roadmap.BaselineService;
import org.eduroadmap.roadmap.BaselineService.BaselineComparison;
import org.eduroadmap.roadmap.BaselineService.Slip;
import org.eduroadmap.roadmap.RoadmapBrief;
import org.eduroadmap.roadmap.RoadmapService;
import org.eduroadmap.roadmap.RoadmapSummary;

/**
 * The cooperation Roadmap: its state, a timeline of activities and milestones (against a baseline if one
 * is chosen), the same activities as a grid, and a side panel to read or edit one. {@code ?activity=12}
 * opens an activity; {@code roadmap/new?meeting=3&decision=0} starts one that follows up a decision.
 */
@Route("roadmap")
@RouteAlias("roadmap/new")
@Menu(order = 2, icon = "vaadin:road-branches", title = "nav.roadmap")
@PermitAll
class RoadmapView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final RoadmapService roadmap;
    private final ActivityService activities;
    private final BaselineService baselines;
    private final LocalDate today;
    private final Div header = new Div();
    private final RoadmapFilters filters;
    /** The most activities the timeline draws; the grid pages through all of them. */
    static final int TIMELINE_LIMIT = 300;
    private final RoadmapTimeline timeline = new RoadmapTimeline();
    private final Div slips = new Div();
    private final Span timelineCut = new Span();
    private final Grid<ActivityRow> grid = new Grid<>();
    private final ActivityPanel panel;
    private final RoadmapBrief brief;
    private Long baselineId;
    private BaselineComparison comparison;

    RoadmapView(RoadmapService roadmap, ActivityService activities, BaselineService baselines, RoadmapBrief brief,
                List<ActivityPanelSection> sections) {
        this.brief = brief;
        this.roadmap = roadmap;
        this.activities = activities;
        this.baselines = baselines;
        addClassNames("page", "roadmap-page");
        today = roadmap.today();
        var choices = activities.choices();
        filters = new RoadmapFilters(choices, this::refresh);
        panel = new ActivityPanel(activities, choices, sections, this::refresh, this::remember, () -> remember(null));
        header.addClassNames("card", "roadmap-header");
        slips.addClassNames("card", "slips");
        slips.setVisible(false);

        Div toolbar = new Div(new BaselinePicker(baselines, activities.mayEdit(), this::compare));
        toolbar.addClassName("roadmap-toolbar");
        if (activities.mayEdit()) {
            Button add = new Button(getTranslation("activity.new"), VaadinIcon.PLUS.create(),
                    click -> panel.create(activities.newDraft()));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClassName("new-activity");
            toolbar.add(add);
        }
        configureGrid();
        toolbar.add(exports());
        timelineCut.setText(getTranslation("roadmap.timelineCut", TIMELINE_LIMIT));
        timelineCut.addClassNames("muted", "timeline-cut");
        timelineCut.setVisible(false);
        Div content = new Div(header, toolbar, slips, filters, timelineCut, timeline, grid);
        content.addClassName("roadmap-content");
        add(content, panel);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<Long> activity = number(query, "activity");
        if (event.getLocation().getPath().endsWith("/new") && activities.mayEdit()) {
            Optional<Long> meeting = number(query, "meeting");
            Optional<Long> decision = number(query, "decision");
            if (meeting.isPresent() && decision.isPresent()) {
                activities.draftFromDecision(meeting.get(), decision.get().intValue())
                        .ifPresentOrElse(panel::create, () -> panel.create(activities.newDraft()));
            } else {
                panel.create(activities.newDraft());
            }
        } else {
            activity.ifPresent(panel::show);
        }
    }

    private static Optional<Long> number(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf);
    }

    /** Keeps the open activity in the address, so it can be bookmarked and shared. */
    private void remember(Long id) {
        UI.getCurrent().getPage().getHistory().replaceState(null,
                id == null ? "roadmap" : "roadmap?activity=" + id);
    }

    /** The filter narrowed to the days the timeline shows, so that it reads only what it can draw. */
    private ActivityFilter withinWindow(ActivityFilter filter) {
        RoadmapTimeline.Window window = filters.window(today);
        if (window == null) {
            return filter;
        }
        LocalDate from = filter.from() == null || filter.from().isBefore(window.first()) ? window.first() : filter.from();
        LocalDate to = filter.to() == null || filter.to().isAfter(window.last()) ? window.last() : filter.to();
        return new ActivityFilter(filter.actionAreaId(), filter.ownerId(), filter.responsibleId(), filter.status(),
                from, to);
    }

    /** Redraws everything from the database, the slips against the chosen baseline included. */
    private void refresh() {
        comparison = baselineId == null ? null : baselines.compare(baselineId).orElse(null);
        roadmap.summary().ifPresent(this::showHeader);
        List<ActivityRow> rows = roadmap.timeline(withinWindow(filters.filter()), TIMELINE_LIMIT + 1);
        timelineCut.setVisible(rows.size() > TIMELINE_LIMIT);
        rows = rows.subList(0, Math.min(rows.size(), TIMELINE_LIMIT));
        Map<Long, org.eduroadmap.roadmap.Schedule.Dates> planned = comparison == null ? null : comparison.planned();
        timeline.show(rows, today, planned, comparison == null ? null : comparison.name(), filters.window(today),
                getLocale());
        grid.getDataProvider().refreshAll();
        showSlips();
    }

    private void compare(Optional<org.eduroadmap.roadmap.BaselineSummary> chosen) {
        baselineId = chosen.map(org.eduroadmap.roadmap.BaselineSummary::id).orElse(null);
        refresh();
    }

    private void showSlips() {
        slips.removeAll();
        slips.setVisible(comparison != null);
        if (comparison == null) {
            return;
        }
        slips.add(new H3(getTranslation("baseline.slipped", comparison.name(), comparison.slipped().size())));
        if (comparison.slipped().isEmpty()) {
            slips.add(new Span(getTranslation("baseline.noSlip")));
            return;
        }
        UnorderedList list = new UnorderedList();
        comparison.slipped().forEach(slip -> {
            Button open = new Button(slip.title().in(getLocale()), click -> panel.show(slip.activityId()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Span days = new Span(getTranslation("baseline.slipDays", slip.days()));
            days.addClassName("slip-days");
            Span dates = new Span(Formats.date(slip.baseline().end(), getLocale()) + " → "
                    + Formats.date(slip.current().end(), getLocale()));
            dates.addClassName("muted");
            list.add(new ListItem(days, open, dates));
        });
        slips.add(list);
    }

    private void showHeader(RoadmapSummary summary) {
        header.removeAll();
        H2 title = new H2(summary.title().in(getLocale()));
        Span status = new Span(getTranslation("roadmap.status." + summary.status().name()));
        status.addClassName("roadmap-status");
        Div facts = new Div(status,
                fact("roadmap.progress", Formats.number(BigDecimal.valueOf(summary.progressPercent()), 0, getLocale())
                        + "\u00a0%"),
                fact("roadmap.overdue", String.valueOf(summary.overdue())),
                fact("roadmap.upcoming", String.valueOf(summary.dueNext30Days())));
        if (summary.signedOn() != null) {
            facts.add(fact("roadmap.signedOn", Formats.date(summary.signedOn(), getLocale())));
        }
        facts.addClassName("roadmap-facts");
        header.add(title, facts);
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

    private void configureGrid() {
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
        grid.setItemsPageable(pageable -> roadmap.activities(filters.filter(), pageable).getContent());
        grid.setEmptyStateText(getTranslation("roadmap.empty"));
        // Selecting a row, by click or with the keyboard (arrows, then space), opens it in the side panel.
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                panel.show(event.getValue().id());
            }
        });
        grid.setHeight("28rem");
        grid.addClassName("activity-grid");
    }

    /** The activities under the current filters as CSV or Excel, and the printable Roadmap as PDF. */
    private GridExport<ActivityRow> exports() {
        GridExport<ActivityRow> export = new GridExport<>(grid, "roadmap")
                .column(getTranslation("activity.title"), row -> row.title().in(getLocale()))
                .column(getTranslation("activity.kind"), row -> getTranslation("activity.kind." + row.kind().name()))
                .column(getTranslation("activity.actionArea"), row -> row.actionArea().in(getLocale()))
                .column(getTranslation("activity.owner"), row -> row.owner().in(getLocale()))
                .column(getTranslation("activity.responsible"), ActivityRow::responsible)
                .column(getTranslation("activity.start"), ActivityRow::plannedStart)
                .column(getTranslation("activity.end"), ActivityRow::plannedEnd)
                .column(getTranslation("export.actualStart"), ActivityRow::actualStart)
                .column(getTranslation("export.actualEnd"), ActivityRow::actualEnd)
                .column(getTranslation("activity.percent"), ActivityRow::percentComplete)
                .column(getTranslation("activity.status"), row -> getTranslation("activity.status."
                        + row.status().name()))
                .column(getTranslation("activity.overdue"), row -> row.isOverdue(today) ? "⚠" : "")
                .column(getTranslation("roadmapBrief.slip"), row -> comparison == null ? null
                        : comparison.slipped().stream().filter(slip -> slip.activityId() == row.id())
                        .map(Slip::days).findFirst().orElse(0L));
        Anchor pdf = GridExport.downloadLink(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = brief.pdf(filters.filter(), baselineId, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "roadmap-" + today + ".pdf",
                    "application/pdf", bytes.length);
        }), "PDF", VaadinIcon.PRINT, getTranslation("roadmapBrief.download"));
        pdf.addClassName("export-pdf");
        return export.add(pdf);
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
