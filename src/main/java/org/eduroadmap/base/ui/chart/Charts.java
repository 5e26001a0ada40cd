package org.eduroadmap.base.ui.chart;

import java.util.List;

import org.eduroadmap.base.ui.chart.ChartOptions.Annotations;
import org.eduroadmap.base.ui.chart.ChartOptions.Axis;
import org.eduroadmap.base.ui.chart.ChartOptions.Bar;
import org.eduroadmap.base.ui.chart.ChartOptions.Chart;
import org.eduroadmap.base.ui.chart.ChartOptions.Legend;
import org.eduroadmap.base.ui.chart.ChartOptions.Line;
import org.eduroadmap.base.ui.chart.ChartOptions.LineLabel;
import org.eduroadmap.base.ui.chart.ChartOptions.Markers;
import org.eduroadmap.base.ui.chart.ChartOptions.PlotOptions;
import org.eduroadmap.base.ui.chart.ChartOptions.RangePoint;
import org.eduroadmap.base.ui.chart.ChartOptions.Series;
import org.eduroadmap.base.ui.chart.ChartOptions.Stroke;
import org.eduroadmap.base.ui.chart.ChartOptions.Toggle;
import org.eduroadmap.base.ui.chart.ChartOptions.Tooltip;
import org.eduroadmap.base.ui.chart.ChartOptions.TooltipX;

/** Ready-made chart shapes. Views describe a chart with these and never write JavaScript. */
public final class Charts {

    private static final int DEFAULT_HEIGHT = 300;
    private static final String FONT = "var(--lumo-font-family)";

    private Charts() {
    }

    private static Chart chart(String type) {
        return new Chart(type, DEFAULT_HEIGHT, "100%", null, Toggle.off(), Toggle.off(), null, true, FONT, null);
    }

    private static ChartOptions axisChart(Chart chart, List<String> categories, List<Series> series,
                                          PlotOptions plotOptions, Stroke stroke, Markers markers) {
        // A shared tooltip (all series of a category at once) suits lines; ApexCharts refuses it on bars.
        Tooltip tooltip = "line".equals(chart.type()) ? new Tooltip(true, null) : null;
        return new ChartOptions(chart, series, null, null, Axis.categories(categories),
                null, plotOptions, stroke, markers, Toggle.off(), new Legend(true, "bottom"), null, tooltip, null);
    }

    /** Lines over categories (years, for instance); gaps in the data (nulls) stay gaps. */
    public static ChartOptions line(List<String> categories, Series... series) {
        return axisChart(chart("line"), categories, List.of(series), null,
                new Stroke(List.of(3), null, "straight"), new Markers(4));
    }

    /**
     * Actual values as a solid line and the time-varying target as a dashed line, so a reader sees
     * at a glance where the first falls short of the second.
     */
    public static ChartOptions trendAgainstTarget(List<String> categories, Series actual, Series target) {
        return axisChart(chart("line"), categories, List.of(actual, target), null,
                new Stroke(List.of(3, 2), List.of(0, 6), "straight"), new Markers(4));
    }

    /** Vertical bars, grouped when there is more than one series. */
    public static ChartOptions bar(List<String> categories, Series... series) {
        return axisChart(chart("bar"), categories, List.of(series),
                new PlotOptions(new Bar(false, null, null, null, 4), null, null), null, null);
    }

    /** Horizontal bars: long category names stay readable on a phone. */
    public static ChartOptions horizontalBar(List<String> categories, Series... series) {
        return axisChart(chart("bar"), categories, List.of(series),
                new PlotOptions(new Bar(true, null, null, "60%", 4), null, null), null, null);
    }

    public static ChartOptions donut(List<String> labels, List<? extends Number> values) {
        return new ChartOptions(chart("donut"), values, labels, null, null, null, null, null, null, Toggle.on(),
                new Legend(true, "bottom"), null, null, null);
    }

    /** One ring per label, each a percentage of 100. */
    public static ChartOptions radialBar(List<String> labels, List<? extends Number> percentages) {
        return new ChartOptions(chart("radialBar"), percentages, labels, null, null, null, null, null, null, null,
                new Legend(true, "bottom"), null, null, null);
    }

    /** A Gantt-style timeline: one bar per row label, on a date axis. */
    public static ChartOptions timeline(List<RangePoint> bars) {
        return new ChartOptions(chart("rangeBar"), List.of(Series.of("", bars)), null, null,
                new Axis("datetime", null, null, null, null, null, null, null), null,
                new PlotOptions(new Bar(true, null, true, "60%", 3), null, null), null, null, Toggle.off(),
                new Legend(false, null), null, new Tooltip(null, new TooltipX("dd MMM yyyy")), null);
    }

    /** A tiny trend line without axes, for a card. */
    public static ChartOptions sparkline(List<? extends Number> values) {
        Chart chart = new Chart("line", 40, "100%", Toggle.on(), Toggle.off(), Toggle.off(), Toggle.off(), true, FONT,
                null);
        return new ChartOptions(chart, List.of(Series.of("", values)), null, null, null, null, null,
                new Stroke(List.of(2), null, "straight"), null, null, null, null, null, null);
    }

    /** A labelled line across the value axis, such as a target. */
    public static Annotations valueLine(Number value, String label, String color, boolean horizontalBars) {
        Line line = horizontalBars
                ? new Line(value, null, color, 4, new LineLabel(label, color, null, "horizontal"))
                : new Line(null, value, color, 4, new LineLabel(label, color, null, null));
        return horizontalBars ? new Annotations(List.of(line), null) : new Annotations(null, List.of(line));
    }

    /** A labelled vertical line at a moment on a date axis, such as "today". */
    public static Annotations dateLine(long epochMillis, String label, String color) {
        return new Annotations(List.of(new Line(epochMillis, null, color, 0,
                new LineLabel(label, color, null, "horizontal"))), null);
    }
}
