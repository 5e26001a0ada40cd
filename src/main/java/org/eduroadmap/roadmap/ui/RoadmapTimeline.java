package org.eduroadmap.roadmap.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.eduroadmap.base.Formats;
import org.eduroadmap.base.ui.chart.ChartCard;
import org.eduroadmap.base.ui.chart.ChartOptions;
import org.eduroadmap.base.ui.chart.ChartOptions.RangePoint;
import org.eduroadmap.base.ui.chart.ChartOptions.Series;
import org.eduroadmap.base.ui.chart.Charts;
import org.eduroadmap.roadmap.ActivityKind;
import org.eduroadmap.roadmap.ActivityRow;
import org.eduroadmap.roadmap.ActivityStatus;
import org.eduroadmap.roadmap.Schedule.Dates;

/**
 * Activities and milestones on a date axis, grouped by action area: the plan coloured by status, the
 * actual dates beside it, and a chosen baseline's plan beside both, so slips show on the chart itself.
 * Today is marked; overdue items are drawn in red and flagged in their label, so colour is never the
 * only signal. Changing the filter or the baseline updates the chart in place.
 */
class RoadmapTimeline extends Composite<Div> {

    static final String DONE = "#1b7f3b";
    static final String IN_PROGRESS = "#1565c0";
    static final String NOT_STARTED = "#90a4ae";
    static final String OVERDUE = "#c62828";
    static final String ACTUAL = "#37474f";
    static final String BASELINE = "#d4a017";

    private static final int PHONE_WIDTH = 600;

    private final ChartCard card;
    private final Div legend = new Div();
    private ChartOptions shown;
    /** On a phone the row names give most of the width back to the bars. */
    private int rowLabelWidth = 260;

    RoadmapTimeline() {
        card = new ChartCard(getTranslation("roadmap.timeline"), Charts.timeline(List.of()), Number::toString);
        legend.addClassName("timeline-legend");
        getContent().add(card, legend);
        addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(details -> {
            if (details.getWindowInnerWidth() < PHONE_WIDTH) {
                rowLabelWidth = 110;
                if (shown != null) {
                    card.setOptions(shown.withRowLabelWidth(rowLabelWidth));
                }
            }
        }));
    }

    /**
     * Draws {@code rows}; with a baseline, its planned dates appear beside today's plan. {@code window} limits
     * the date axis (null for the whole Roadmap).
     */
    void show(List<ActivityRow> rows, LocalDate today, Map<Long, Dates> baseline, String baselineName,
              Window window, Locale locale) {
        List<RangePoint> plan = new ArrayList<>();
        List<RangePoint> actual = new ArrayList<>();
        List<RangePoint> planned = new ArrayList<>();
        for (ActivityRow row : rows) {
            String label = label(row, today, locale);
            plan.add(RangePoint.of(label, row.plannedStart(), row.plannedEnd(), colour(row, today)));
            if (row.actualStart() != null) {
                LocalDate end = row.actualEnd() != null ? row.actualEnd() : today.isBefore(row.actualStart())
                        ? row.actualStart() : today;
                actual.add(RangePoint.of(label, row.actualStart(), end, ACTUAL));
            }
            if (baseline != null && baseline.containsKey(row.id())) {
                Dates then = baseline.get(row.id());
                planned.add(RangePoint.of(label, then.start(), then.end(), BASELINE));
            }
        }
        List<Series> series = new ArrayList<>();
        series.add(Series.of(getTranslation("roadmap.series.plan"), plan));
        series.add(Series.of(getTranslation("roadmap.series.actual"), actual));
        if (baseline != null) {
            series.add(Series.of(getTranslation("roadmap.series.baseline", baselineName), planned));
        }
        ChartOptions options = Charts.timeline(series.toArray(Series[]::new))
                .withDateLine(today, getTranslation("roadmap.today"), "#37474f")
                .withNoDataText(getTranslation("roadmap.noMatch"));
        if (window != null) {
            options = options.withDateWindow(window.first(), window.last());
        }
        shown = options;
        card.setOptions(options.withRowLabelWidth(rowLabelWidth));
        showLegend(baselineName);
    }

    /** The days the date axis shows. */
    record Window(LocalDate first, LocalDate last) {
    }

    /** A milestone is a sliver on a multi-year axis: its label starts with its date, which no cut hides. */
    private String label(ActivityRow row, LocalDate today, Locale locale) {
        boolean milestone = row.kind() == ActivityKind.MILESTONE;
        return row.actionAreaCode() + " · " + (milestone ? "◆ " + Formats.date(row.plannedStart(), locale) + " · " : "")
                + (row.isOverdue(today) ? "⚠ " : "") + row.title().in(locale);
    }

    static String colour(ActivityRow row, LocalDate today) {
        if (row.isOverdue(today)) {
            return OVERDUE;
        }
        return row.status() == ActivityStatus.DONE ? DONE
                : row.status() == ActivityStatus.IN_PROGRESS ? IN_PROGRESS : NOT_STARTED;
    }

    private void showLegend(String baselineName) {
        legend.removeAll();
        legend.add(entry(DONE, null, getTranslation("activity.status.DONE")),
                entry(IN_PROGRESS, null, getTranslation("activity.status.IN_PROGRESS")),
                entry(NOT_STARTED, null, getTranslation("activity.status.NOT_STARTED")),
                entry(OVERDUE, VaadinIcon.WARNING, getTranslation("activity.overdue")),
                entry(ACTUAL, null, getTranslation("roadmap.series.actual")),
                entry(null, VaadinIcon.DIAMOND_O, getTranslation("roadmap.milestone")));
        if (baselineName != null) {
            legend.add(entry(BASELINE, null, getTranslation("roadmap.series.baseline", baselineName)));
        }
    }

    private Span entry(String colour, VaadinIcon icon, String text) {
        Span entry = new Span();
        if (colour != null) {
            Span swatch = new Span();
            swatch.addClassName("swatch");
            swatch.getStyle().setBackgroundColor(colour);
            entry.add(swatch);
        }
        if (icon != null) {
            entry.add(icon.create());
        }
        entry.add(new Span(text));
        entry.addClassName("legend-entry");
        return entry;
    }
}
