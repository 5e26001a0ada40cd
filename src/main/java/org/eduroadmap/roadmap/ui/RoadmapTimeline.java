package org.eduroadmap.roadmap.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.eduroadmap.base.ui.chart.ChartCard;
import org.eduroadmap.base.ui.chart.ChartOptions;
import org.eduroadmap.base.ui.chart.ChartOptions.RangePoint;
import org.eduroadmap.base.ui.chart.Charts;
import org.eduroadmap.roadmap.ActivityKind;
import org.eduroadmap.roadmap.ActivityRow;
import org.eduroadmap.roadmap.ActivityStatus;

/**
 * Activities and milestones on a date axis, grouped by action area, with today marked and overdue
 * items drawn in red and named in the legend, so the colour is never the only signal.
 */
class RoadmapTimeline extends Composite<Div> {

    static final String DONE = "#1b7f3b";
    static final String IN_PROGRESS = "#1565c0";
    static final String NOT_STARTED = "#90a4ae";
    static final String OVERDUE = "#c62828";
    private static final long DAY = 86_400_000L;

    RoadmapTimeline(List<ActivityRow> rows, LocalDate today, Locale locale) {
        List<RangePoint> bars = rows.stream().map(row -> bar(row, today, locale)).toList();
        ChartOptions options = Charts.timeline(bars)
                .withHeight(Math.max(240, 40 + rows.size() * 28))
                .withAnnotations(Charts.dateLine(millis(today), getTranslation("roadmap.today"), "#37474f"));
        ChartCard card = new ChartCard(getTranslation("roadmap.timeline"), options, Number::toString);
        getContent().add(card, legend());
    }

    private RangePoint bar(ActivityRow row, LocalDate today, Locale locale) {
        long start = millis(row.plannedStart());
        // A milestone is one day wide so it stays visible on a multi-year axis.
        long end = row.kind() == ActivityKind.MILESTONE ? start + DAY : millis(row.plannedEnd()) + DAY;
        String label = (row.kind() == ActivityKind.MILESTONE ? "◆ " : "")
                + (row.isOverdue(today) ? "⚠ " : "") + row.title().in(locale);
        return new RangePoint(label, start, end, colour(row, today));
    }

    static String colour(ActivityRow row, LocalDate today) {
        if (row.isOverdue(today)) {
            return OVERDUE;
        }
        return row.status() == ActivityStatus.DONE ? DONE
                : row.status() == ActivityStatus.IN_PROGRESS ? IN_PROGRESS : NOT_STARTED;
    }

    private Div legend() {
        Div legend = new Div(
                entry(DONE, null, "activity.status.DONE"),
                entry(IN_PROGRESS, null, "activity.status.IN_PROGRESS"),
                entry(NOT_STARTED, null, "activity.status.NOT_STARTED"),
                entry(OVERDUE, VaadinIcon.WARNING, "activity.overdue"),
                entry(null, VaadinIcon.DIAMOND_O, "roadmap.milestone"));
        legend.addClassName("timeline-legend");
        return legend;
    }

    private Span entry(String colour, VaadinIcon icon, String key) {
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
        entry.add(new Span(getTranslation(key)));
        entry.addClassName("legend-entry");
        return entry;
    }

    private static long millis(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
