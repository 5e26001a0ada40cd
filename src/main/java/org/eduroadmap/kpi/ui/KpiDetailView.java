package org.eduroadmap.kpi.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.eduroadmap.audit.ui.HistoryLink;
import org.eduroadmap.base.Formats;
import org.eduroadmap.base.ui.chart.ChartCard;
import org.eduroadmap.base.ui.chart.ChartOptions.Series;
import org.eduroadmap.base.ui.chart.Charts;
import org.eduroadmap.kpi.KpiCommentService;
import org.eduroadmap.kpi.BreakdownValue;
import org.eduroadmap.kpi.Dimension;
import org.eduroadmap.kpi.KpiDefinitionService;
import org.eduroadmap.kpi.KpiDetail;
import org.eduroadmap.kpi.KpiOverview;
import org.eduroadmap.kpi.KpiService;
import org.eduroadmap.kpi.KpiStatus;
import org.eduroadmap.kpi.KpiTrend;
import org.eduroadmap.kpi.MeasurementService;
import org.eduroadmap.kpi.RegionValue;
import org.eduroadmap.organisation.OrganisationService;
import org.eduroadmap.security.Role;
import org.eduroadmap.security.UserService;

/** One KPI: where it stands and why, its trend and regions, its targets, and its values with their workflow. */
@Route("kpis/:code")
@PermitAll
class KpiDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int FIRST_YEAR = 2019;

    private final KpiService kpis;
    private final MeasurementService measurements;
    private final KpiCommentService comments;
    private final KpiDefinitionService definitions;
    private final List<KpiPageSection> sections;
    private final OrganisationService organisations;
    private final UserService users;
    private final int year;
    private String title = "";

    KpiDetailView(KpiService kpis, MeasurementService measurements, KpiCommentService comments,
                  KpiDefinitionService definitions,
                  OrganisationService organisations, UserService users, List<KpiPageSection> sections,
                  Clock clock) {
        this.sections = sections;
        this.kpis = kpis;
        this.measurements = measurements;
        this.comments = comments;
        this.definitions = definitions;
        this.organisations = organisations;
        this.users = users;
        this.year = Year.now(clock).getValue();
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        KpiDetail detail = kpis.detail(code, year, FIRST_YEAR).orElseThrow(NotFoundException::new);
        show(detail);
    }

    private void show(KpiDetail detail) {
        removeAll();
        KpiOverview kpi = detail.overview();
        Locale locale = getLocale();
        title = kpi.code() + " · " + kpi.name().in(locale);
        Div header = header(detail);
        if (definitions.mayEdit(kpi.code())) {
            Button edit = new Button(getTranslation("kpi.edit"), VaadinIcon.EDIT.create(),
                    click -> definitions.definition(kpi.code()).ifPresent(definition -> new KpiEditor(definitions,
                            definition, kpis.priorityAreas(), () -> show(kpis.detail(kpi.code(), year, FIRST_YEAR).orElseThrow()))
                            .open()));
            edit.addClassName("kpi-edit");
            header.add(edit);
        }
        add(header);
        Div charts = new Div();
        charts.addClassName("card-grid");
        charts.add(trendChart(detail.nationalTrend()));
        if (detail.byRegion()) {
            int regionalYear = kpi.latestYear() == null ? year : kpi.latestYear();
            charts.add(regionalChart(kpi, kpis.regional(kpi.code(), regionalYear), regionalYear));
        }
        if (kpi.latestYear() != null) {
            kpis.breakdowns(kpi.code(), kpi.latestYear()).forEach((dimension, values) ->
                    charts.add(breakdownChart(kpi, dimension, values)));
        }
        charts.add(targetTable(detail));
        add(charts);
        Role role = users.currentUser().map(user -> user.role()).orElse(Role.MINISTER);
        MeasurementHistory history = new MeasurementHistory(measurements, role, () -> show(kpis.detail(kpi.code(), year, FIRST_YEAR)
                .orElseThrow()));
        history.setItems(measurements.history(kpi.code()));
        if (role == Role.PROJECT_MANAGER) {
            Runnable reload = () -> show(kpis.detail(kpi.code(), year, FIRST_YEAR).orElseThrow());
            List<org.eduroadmap.organisation.Region> regions = detail.byRegion() ? organisations.regions() : List.of();
            Div entry = new Div(new MeasurementEntryForm(measurements, kpi, regions, year, reload));
            entry.addClassName("card-grid");
            if (!regions.isEmpty()) {
                entry.add(new RegionalEntryForm(measurements, kpi, regions, year, reload));
            }
            add(entry);
        }
        Div linked = new Div();
        linked.addClassName("card-grid");
        sections.stream().map(section -> section.create(kpi.code(), getLocale())).filter(java.util.Objects::nonNull)
                .forEach(linked::add);
        add(linked, history, new KpiComments(comments, kpi.code()));
    }

    private Div header(KpiDetail detail) {
        KpiOverview kpi = detail.overview();
        Locale locale = getLocale();
        H2 name = new H2(kpi.name().in(locale));
        Span code = new Span(kpi.code() + " · " + kpi.priorityArea().in(locale) + " · "
                + getTranslation("kpi.direction." + detail.direction().name()));
        code.addClassName("muted");
        Paragraph explanation = new Paragraph(explanation(detail));
        explanation.addClassName("kpi-explanation");
        Div header = new Div(name, code, new Div(new KpiStatusBadge(kpi.status())), explanation);
        if (detail.description() != null) {
            header.add(new Paragraph(detail.description()));
        }
        Span source = new Span(getTranslation("kpi.source") + ": "
                + (detail.dataSource() == null ? "–" : detail.dataSource()) + " · " + getTranslation("kpi.owner") + ": "
                + kpi.owner().in(locale));
        source.addClassName("muted");
        header.add(source);
        header.add(HistoryLink.to("Kpi", "code", kpi.code()));
        header.addClassNames("card", "kpi-header");
        return header;
    }

    /** The status in words: how far, from what, to what, and what each status needs. */
    private String explanation(KpiDetail detail) {
        KpiOverview kpi = detail.overview();
        if (kpi.status() == KpiStatus.NO_DATA || kpi.progressPercent() == null) {
            return getTranslation("kpi.explanation.noData");
        }
        BigDecimal target = detail.latestTarget();
        return getTranslation("kpi.explanation",
                Formats.number(kpi.progressPercent(), 0, getLocale()),
                String.valueOf(detail.baselineYear()),
                Formats.number(detail.baselineValue(), kpi.decimals(), getLocale()),
                String.valueOf(kpi.latestYear()),
                Formats.number(target, kpi.decimals(), getLocale()),
                Formats.number(kpi.latestValue(), kpi.decimals(), getLocale()),
                Formats.number(detail.onTrackPercent(), 0, getLocale()),
                Formats.number(detail.atRiskPercent(), 0, getLocale()));
    }

    private ChartCard trendChart(KpiTrend trend) {
        List<String> years = trend.years().stream().map(String::valueOf).toList();
        return new ChartCard(getTranslation("dashboard.trend"), Charts.trendAgainstTarget(years,
                        Series.of(getTranslation("dashboard.trend.actual"), trend.actual()),
                        Series.of(getTranslation("dashboard.trend.target"), trend.target()))
                .withColors("#1565c0", "#6b7280"), this::number);
    }

    private ChartCard regionalChart(KpiOverview kpi, List<RegionValue> values, int regionalYear) {
        return new ChartCard(getTranslation("dashboard.regional", String.valueOf(regionalYear)),
                Charts.horizontalBar(values.stream().map(value -> value.region().in(getLocale())).toList(),
                                Series.of(kpi.name().in(getLocale()), values.stream().map(RegionValue::value).toList()))
                        .withColors("#1565c0")
                        .withNoDataText(getTranslation("dashboard.regional.none", String.valueOf(regionalYear))),
                this::number);
    }

    private ChartCard breakdownChart(KpiOverview kpi, Dimension dimension, List<BreakdownValue> values) {
        String prefix = "dimension." + dimension.name() + ".";
        return new ChartCard(getTranslation("kpi.breakdown", getTranslation("dimension." + dimension.name()),
                String.valueOf(kpi.latestYear())),
                Charts.bar(values.stream().map(value -> getTranslation(prefix + value.part())).toList(),
                        Series.of(kpi.name().in(getLocale()), values.stream().map(BreakdownValue::value).toList()))
                        .withColors("#00838f"),
                this::number);
    }

    private Div targetTable(KpiDetail detail) {
        com.vaadin.flow.component.grid.Grid<Map.Entry<Integer, BigDecimal>> grid =
                new com.vaadin.flow.component.grid.Grid<>();
        grid.addColumn(entry -> String.valueOf(entry.getKey())).setHeader(getTranslation("dashboard.year"));
        grid.addColumn(entry -> Formats.number(entry.getValue(), detail.overview().decimals(), getLocale()))
                .setHeader(getTranslation("dashboard.trend.target"));
        grid.setItems(List.copyOf(detail.targets().entrySet()));
        grid.setAllRowsVisible(true);
        Div card = new Div(new H2(getTranslation("kpi.targets")), new Paragraph(getTranslation("kpi.targets.hint",
                String.valueOf(detail.baselineYear()),
                Formats.number(detail.baselineValue(), detail.overview().decimals(), getLocale()))), grid);
        card.addClassName("card");
        return card;
    }

    private String number(Number value) {
        return Formats.number(new BigDecimal(value.toString()), 1, getLocale());
    }

    @Override
    public String getPageTitle() {
        return title + " · EduRoadmap";
    }
}
