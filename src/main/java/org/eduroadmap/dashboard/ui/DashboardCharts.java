package org.eduroadmap.dashboard.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import org.eduroadmap.assistance.RequestStatus;
import org.eduroadmap.base.Formats;
import org.eduroadmap.base.ui.chart.ChartCard;
import org.eduroadmap.base.ui.chart.ChartOptions;
import org.eduroadmap.base.ui.chart.ChartOptions.Series;
import org.eduroadmap.base.ui.chart.Charts;
import org.eduroadmap.dashboard.DashboardData;
import org.eduroadmap.kpi.KpiOverview;
import org.eduroadmap.kpi.KpiService;
import org.eduroadmap.kpi.KpiStatus;
import org.eduroadmap.kpi.KpiTrend;
import org.eduroadmap.kpi.KpiUnit;
import org.eduroadmap.kpi.RegionValue;
import org.eduroadmap.roadmap.AreaProgress;

/** The dashboard's charts. The KPI trend and regional charts update in place when the focus changes. */
class DashboardCharts {

    static final Map<KpiStatus, String> STATUS_COLOURS = Map.of(KpiStatus.ON_TRACK, "#1b7f3b",
            KpiStatus.AT_RISK, "#b26a00", KpiStatus.OFF_TRACK, "#c62828", KpiStatus.NO_DATA, "#6b7280");
    private static final String ACTUAL = "#1565c0";
    private static final String TARGET = "#6b7280";

    private final Component view;
    private final Locale locale;
    private final KpiService kpis;
    private final ChartCard trend;
    private final ChartCard regional;
    private final ChartCard status;
    private final ChartCard areas;
    private final ChartCard roadmap;
    private final ChartCard pipeline;
    private final Div grid = new Div();

    DashboardCharts(Component view, Locale locale, KpiService kpis) {
        this.view = view;
        this.locale = locale;
        this.kpis = kpis;
        trend = new ChartCard(t("dashboard.trend"), null, this::number);
        regional = new ChartCard(t("dashboard.regional", ""), null, this::number);
        status = new ChartCard(t("dashboard.kpiStatus"), null, this::number);
        areas = new ChartCard(t("dashboard.areaProgress"), null, this::number);
        roadmap = new ChartCard(t("dashboard.roadmapProgress"), null, this::number);
        pipeline = new ChartCard(t("dashboard.pipeline"), null, this::number);
        grid.add(trend, regional, status, areas, roadmap, pipeline);
        grid.addClassName("card-grid");
    }

    /** The charts, created once; filters update them in place. */
    Div grid() {
        return grid;
    }

    void update(DashboardData data) {
        status.setOptions(statusDonut(data));
        areas.setOptions(priorityAreaProgress(data.kpis()));
        roadmap.setOptions(roadmapProgress(data.roadmapProgress()));
        pipeline.setOptions(pipeline(data.requestPipeline()));
    }

    void showTrend(KpiOverview kpi, int year, String regionCode) {
        Optional<KpiTrend> series = kpis.trend(kpi.code(), regionCode, DashboardView.FIRST_YEAR, year);
        series.ifPresent(data -> {
            List<String> years = data.years().stream().map(String::valueOf).toList();
            trend.setTitle(t("dashboard.trend") + ": " + kpi.name().in(locale));
            trend.setOptions(Charts.trendAgainstTarget(years,
                            Series.of(t("dashboard.trend.actual"), data.actual()),
                            Series.of(t("dashboard.trend.target"), data.target()))
                    .withColors(ACTUAL, TARGET));
        });
        int regionalYear = kpi.latestYear() == null ? year : kpi.latestYear();
        List<RegionValue> values = kpis.regional(kpi.code(), regionalYear);
        regional.setTitle(t("dashboard.regional", String.valueOf(regionalYear)));
        ChartOptions bars = Charts.horizontalBar(
                        values.stream().map(value -> value.region().in(locale)).toList(),
                        Series.of(kpi.name().in(locale), values.stream().map(RegionValue::value).toList()))
                .withColors(ACTUAL)
                .withNoDataText(t("dashboard.regional.none", String.valueOf(regionalYear)));
        BigDecimal target = series.flatMap(data -> targetIn(data, regionalYear)).orElse(null);
        if (target != null) {
            BigDecimal highest = values.stream().map(RegionValue::value).max(BigDecimal::compareTo).orElse(target);
            BigDecimal axisEnd = niceCeiling(highest.max(target));
            if (kpi.unit() == KpiUnit.PERCENT) {
                axisEnd = axisEnd.min(BigDecimal.valueOf(100));
            }
            bars = bars.withValueAxisMax(axisEnd)
                    .withAnnotations(Charts.valueLine(target,
                    t("kpi.targetYear", String.valueOf(regionalYear)) + ": " + number(target), TARGET, true));
        }
        regional.setOptions(bars);
    }

    /** Room to the right of the longest bar or the target line, rounded to a readable axis end. */
    private static BigDecimal niceCeiling(BigDecimal value) {
        double padded = value.doubleValue() * 1.1;
        double step = Math.pow(10, Math.floor(Math.log10(Math.max(padded, 1))));
        return BigDecimal.valueOf(Math.ceil(padded / step) * step);
    }

    private static Optional<BigDecimal> targetIn(KpiTrend trend, int year) {
        int index = trend.years().indexOf(year);
        return index < 0 ? Optional.empty() : Optional.ofNullable(trend.target().get(index));
    }

    private ChartOptions statusDonut(DashboardData data) {
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        for (KpiStatus status : KpiStatus.values()) {
            labels.add(t("kpi.status." + status.name()));
            counts.add(data.statusCounts().get(status));
            colours.add(STATUS_COLOURS.get(status));
        }
        return Charts.donut(labels, counts).withColors(colours.toArray(String[]::new));
    }

    /**
     * How far each priority area has come towards this year's targets: the average progress of its
     * KPIs with data, each counted at most 100 % so one exceeded target cannot hide a lagging one.
     */
    private ChartOptions priorityAreaProgress(List<KpiOverview> list) {
        Map<String, List<KpiOverview>> byArea = new java.util.LinkedHashMap<>();
        list.stream().filter(kpi -> kpi.progressPercent() != null)
                .sorted(java.util.Comparator.comparingInt(KpiOverview::priorityAreaOrder))
                .forEach(kpi -> byArea.computeIfAbsent(kpi.priorityAreaCode(), code -> new ArrayList<>()).add(kpi));
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        byArea.values().forEach(kpis -> {
            labels.add(kpis.get(0).priorityArea().in(locale));
            values.add(Math.round(kpis.stream()
                    .mapToDouble(kpi -> Math.max(0, Math.min(100, kpi.progressPercent().doubleValue())))
                    .average().orElse(0)));
        });
        return Charts.radialBar(labels, values);
    }

    private ChartOptions roadmapProgress(List<AreaProgress> progress) {
        ChartOptions options = Charts.horizontalBar(
                        progress.stream().map(area -> area.name().in(locale)).toList(),
                        Series.of(t("dashboard.progress"), progress.stream()
                                .map(area -> area.averagePercent() == null ? 0 : Math.round(area.averagePercent()))
                                .toList()))
                .withColors("#00838f")
                .withValueAxisMax(100)
                .withDataLabels();
        return options;
    }

    private ChartOptions pipeline(Map<RequestStatus, Long> counts) {
        List<RequestStatus> shown = List.of(RequestStatus.DRAFT, RequestStatus.SUBMITTED, RequestStatus.UNDER_REVIEW,
                RequestStatus.NEEDS_INFORMATION, RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS,
                RequestStatus.DELIVERED, RequestStatus.CLOSED, RequestStatus.DECLINED);
        ChartOptions options = Charts.bar(shown.stream().map(status -> t("request.status." + status.name())).toList(),
                        Series.of(t("dashboard.requests"), shown.stream().map(counts::get).toList()))
                .withColors("#5e35b1")
                .withWholeNumberValues();
        return options;
    }

    private String number(Number value) {
        BigDecimal decimal = value instanceof BigDecimal big ? big : new BigDecimal(value.toString());
        return Formats.number(decimal, decimal.stripTrailingZeros().scale() > 0 ? 1 : 0, locale);
    }

    private String t(String key, Object... parameters) {
        return view.getTranslation(key, parameters);
    }
}
