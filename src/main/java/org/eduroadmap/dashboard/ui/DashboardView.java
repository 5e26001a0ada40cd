package org.eduroadmap.dashboard.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

import org.jsoup.nodes.Element;

import org.eduroadmap.assistance.RequestStatus;
import org.eduroadmap.base.Formats;
import org.eduroadmap.dashboard.DashboardBrief;
import org.eduroadmap.dashboard.DashboardData;
import org.eduroadmap.dashboard.DashboardService;
import org.eduroadmap.kpi.KpiOverview;
import org.eduroadmap.kpi.KpiService;
import org.eduroadmap.kpi.KpiStatus;
import org.eduroadmap.kpi.ui.KpiCards;
import org.eduroadmap.kpi.ui.KpiStatusBadge;
import org.eduroadmap.organisation.OrganisationService;
import org.eduroadmap.organisation.Region;
import org.eduroadmap.security.UserProfile;
import org.eduroadmap.security.UserService;

/**
 * The home screen of every role: are the KPIs on track, how far is the Roadmap, where do the
 * assistance requests stand. The year and the KPI in focus are kept in the URL to share a view.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
@PermitAll
class DashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int FIRST_YEAR = 2019;

    private final DashboardService dashboard;
    private final KpiService kpis;
    private final UserService users;
    private final int currentYear;

    private final Select<Integer> year = new Select<>();
    private final Select<String> area = new Select<>();
    private final Select<Region> region = new Select<>();
    private final Map<String, String> areaNames = new LinkedHashMap<>();
    private final ComboBox<KpiOverview> focus = new ComboBox<>();
    private final Div content = new Div();
    private final DashboardCharts charts;
    private boolean updatingFromUrl;
    // What the dashboard shows now, for the PDF download, which is served outside the UI's event handling.
    private volatile int shownYear;
    private volatile String shownArea;
    private volatile String shownRegion;
    private volatile Locale shownLocale;

    DashboardView(DashboardService dashboard, DashboardBrief brief, KpiService kpis, UserService users,
                  OrganisationService organisations, Clock clock) {
        this.dashboard = dashboard;
        this.kpis = kpis;
        this.users = users;
        this.currentYear = Year.now(clock).getValue();
        this.charts = new DashboardCharts(this, getLocale(), kpis);
        addClassName("page");

        year.setLabel(getTranslation("dashboard.year"));
        year.setItems(IntStream.rangeClosed(FIRST_YEAR, currentYear).boxed().sorted((a, b) -> b - a).toList());
        year.setValue(currentYear);
        area.setLabel(getTranslation("kpi.priorityArea"));
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("dashboard.allAreas"));
        area.setItemLabelGenerator(code -> code == null ? getTranslation("dashboard.allAreas") : areaNames.get(code));
        region.setLabel(getTranslation("measurement.region"));
        region.setEmptySelectionAllowed(true);
        region.setEmptySelectionCaption(getTranslation("dashboard.national"));
        region.setItems(organisations.regions());
        region.setItemLabelGenerator(item -> item == null ? getTranslation("dashboard.national") : item.nameIn(getLocale()));
        focus.setLabel(getTranslation("dashboard.kpi"));
        focus.setItemLabelGenerator(kpi -> kpi.code() + " · " + kpi.name().in(getLocale()));
        focus.setWidth("min(100%, 32rem)");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = brief.pdf(shownYear, shownArea, shownRegion, shownLocale);
            return new DownloadResponse(new ByteArrayInputStream(pdf),
                    "eduroadmap-brief-" + shownYear + ".pdf", "application/pdf", pdf.length);
        }), "");
        download.setDownload(true);
        Button downloadButton = new Button(getTranslation("dashboard.downloadPdf"), VaadinIcon.FILE_TEXT_O.create());
        downloadButton.setTabIndex(-1);
        download.add(downloadButton);
        download.addClassName("brief-download");
        Div filters = new Div(year, area, region, focus, download);
        filters.addClassName("filters");

        for (Select<?> filter : List.of(year, area, region)) {
            filter.addValueChangeListener(change -> {
                if (!updatingFromUrl) {
                    refresh();
                    updateUrl();
                }
            });
        }
        focus.addValueChangeListener(change -> {
            if (!updatingFromUrl && change.getValue() != null) {
                charts.showTrend(change.getValue(), year.getValue(), regionCode());
                updateUrl();
            }
        });
        content.addClassName("dashboard-content");
        add(filters, content, charts.grid());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        updatingFromUrl = true;
        try {
            parameters.getSingleParameter("year").flatMap(DashboardView::parseYear)
                    .filter(y -> y >= FIRST_YEAR && y <= currentYear).ifPresent(year::setValue);
            parameters.getSingleParameter("region").flatMap(code -> region.getListDataView().getItems()
                    .filter(item -> item.getCode().equals(code)).findFirst()).ifPresent(region::setValue);
            if (areaNames.isEmpty()) {
                kpis.priorityAreas()
                        .forEach(choice -> areaNames.put(choice.code(), choice.name().in(getLocale())));
                area.setItems(List.copyOf(areaNames.keySet()));
            }
            parameters.getSingleParameter("area").filter(areaNames::containsKey).ifPresent(area::setValue);
            refresh();
            parameters.getSingleParameter("kpi").ifPresent(code -> focusOn(code));
        } finally {
            updatingFromUrl = false;
        }
    }

    private static java.util.Optional<Integer> parseYear(String text) {
        try {
            return java.util.Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException notAYear) {
            return java.util.Optional.empty();
        }
    }

    private void refresh() {
        if (areaNames.isEmpty()) {
            return;
        }
        DashboardData data = dashboard.dashboard(year.getValue(), area.getValue(), regionCode());
        shownYear = year.getValue();
        shownArea = area.getValue();
        shownRegion = regionCode();
        shownLocale = getLocale();
        String focused = focus.getValue() == null ? null : focus.getValue().code();
        focus.setItems(data.kpis());
        content.removeAll();
        content.add(workCard(data), statusSummary(data));
        content.add(new KpiCards(data.kpis(), year.getValue()));
        charts.update(data);
        focusOn(focused != null ? focused : firstNeedingAttention(data.kpis()));
    }

    private void focusOn(String code) {
        if (code == null) {
            return;
        }
        focus.getListDataView().getItems().filter(kpi -> kpi.code().equals(code)).findFirst().ifPresent(kpi -> {
            boolean wasUpdating = updatingFromUrl;
            updatingFromUrl = true;
            focus.setValue(kpi);
            updatingFromUrl = wasUpdating;
            charts.showTrend(kpi, year.getValue(), regionCode());
        });
    }

    /** Opens on the KPI a minister most needs to see: the furthest behind. */
    private static String firstNeedingAttention(List<KpiOverview> list) {
        return list.stream()
                .filter(kpi -> kpi.progressPercent() != null)
                .min(java.util.Comparator.comparing(KpiOverview::progressPercent))
                .or(() -> list.stream().findFirst())
                .map(KpiOverview::code)
                .orElse(null);
    }

    private String regionCode() {
        return region.getValue() == null ? null : region.getValue().getCode();
    }

    private void updateUrl() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("year", String.valueOf(year.getValue()));
        if (area.getValue() != null) {
            state.put("area", area.getValue());
        }
        if (region.getValue() != null) {
            state.put("region", region.getValue().getCode());
        }
        if (focus.getValue() != null) {
            state.put("kpi", focus.getValue().code());
        }
        QueryParameters parameters = QueryParameters.simple(state);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "?" + parameters.getQueryString()));
    }

    private Div workCard(DashboardData data) {
        Div card = new Div();
        card.addClassNames("card", "work-card");
        UserProfile user = users.currentUser().orElse(null);
        if (user == null) {
            return card;
        }
        long overdue = data.roadmap().map(r -> r.overdue()).orElse(0L);
        long upcoming = data.roadmap().map(r -> r.dueNext30Days()).orElse(0L);
        String text;
        String target;
        switch (user.role()) {
            case MINISTER -> {
                text = getTranslation("dashboard.work.MINISTER", data.statusCounts().get(KpiStatus.OFF_TRACK), overdue);
                target = "kpis";
            }
            case PROJECT_MANAGER -> {
                text = getTranslation("dashboard.work.PROJECT_MANAGER", overdue, upcoming);
                target = "roadmap";
            }
            case UNESCO_ADVISOR -> {
                long waiting = data.requestPipeline().get(RequestStatus.SUBMITTED)
                        + data.requestPipeline().get(RequestStatus.UNDER_REVIEW);
                text = getTranslation("dashboard.work.UNESCO_ADVISOR", waiting);
                target = "assistance";
            }
            default -> {
                text = getTranslation("dashboard.work.ADMIN", data.kpis().size(), kpis.valuesAwaitingApproval());
                target = "admin";
            }
        }
        Paragraph message = new Paragraph(text);
        message.addClassName("work-text");
        Button open = new Button(getTranslation("dashboard.work.open"),
                click -> getUI().ifPresent(ui -> ui.navigate(target)));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(message, open);
        return card;
    }

    /** The count of KPIs per status; shown only, so sent as one piece of HTML (see {@link KpiCards}). */
    private Html statusSummary(DashboardData data) {
        Element summary = new Element("div").addClass("status-summary");
        for (KpiStatus status : KpiStatus.values()) {
            Element tile = summary.appendElement("div").addClass("status-tile").addClass("status-" + status.name())
                    .attr("role", "status");
            tile.appendElement("vaadin-icon").attr("icon", KpiStatusBadge.iconName(status));
            tile.appendElement("span").addClass("count").text(String.valueOf(data.statusCounts().get(status)));
            tile.appendElement("span").addClass("label").text(getTranslation("kpi.status." + status.name()));
        }
        return new Html(summary.outerHtml());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · EduRoadmap";
    }
}
