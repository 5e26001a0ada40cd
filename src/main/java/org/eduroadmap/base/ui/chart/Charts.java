package org.eduroadmap.base.ui.chart;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.eduroadmap.base.ui.chart.ChartOptions.Annotations;
import org.eduroadmap.base.ui.chart.ChartOptions.Axis;
import org.eduroadmap.base.ui.chart.ChartOptions.AxisLabels;
import org.eduroadmap.base.ui.chart.ChartOptions.Bar;
import org.eduroadmap.base.ui.chart.ChartOptions.Chart;
import org.eduroadmap.base.ui.chart.ChartOptions.Donut;
import org.eduroadmap.base.ui.chart.ChartOptions.Hollow;
import org.eduroadmap.base.ui.chart.ChartOptions.LabelStyle;
import org.eduroadmap.base.ui.chart.ChartOptions.Legend;
import org.eduroadmap.base.ui.chart.ChartOptions.Line;
import org.eduroadmap.base.ui.chart.ChartOptions.LineLabel;
import org.eduroadmap.base.ui.chart.ChartOptions.Markers;
import org.eduroadmap.base.ui.chart.ChartOptions.Pie;
import org.eduroadmap.base.ui.chart.ChartOptions.PlotOptions;
import org.eduroadmap.base.ui.chart.ChartOptions.RadialBar;
import org.eduroadmap.base.ui.chart.ChartOptions.RangePoint;
import org.eduroadmap.base.ui.chart.ChartOptions.Series;
import org.eduroadmap.base.ui.chart.ChartOptions.Stroke;
import org.eduroadmap.base.ui.chart.ChartOptions.Toggle;
import org.eduroadmap.base.ui.chart.ChartOptions.Toolbar;
import org.eduroadmap.base.ui.chart.ChartOptions.Tooltip;
import org.eduroadmap.base.ui.chart.ChartOptions.TooltipX;

/** Ready-made chart shapes. Views describe a chart with these and never write JavaScript. */
public final class Charts {

    private static final int HEIGHT = 300;
    private static final Legend LEGEND_BELOW = new Legend(true, "bottom");

    private Charts() {
    }

    /** Lines over categories such as years; a null value is a gap in the line, not a zero. */
    public static ChartOptions line(List<String> categories, Series... series) {
        return lines("line", categories, series);
    }

    /** Like {@link #line}, with the area under each line shaded. */
    public static ChartOptions area(List<String> categories, Series... series) {
        return lines("area", categories, series);
    }

    /** Actual values as a solid line and the target as a dashed one, so a shortfall shows at a glance. */
    public static ChartOptions trendAgainstTarget(List<String> categories, Series actual, Series target) {
        return line(categories, actual).withTargetSeries(target);
    }

    /** Vertical bars; several series stand side by side in each category. */
    public static ChartOptions bar(List<String> categories, Series... series) {
        return bars(new Bar(false, null, "60%", 4, null), categories, series);
    }

    /** Horizontal bars: long category names, such as regions, stay readable on a phone. */
    public static ChartOptions horizontalBar(List<String> categories, Series... series) {
        return bars(new Bar(true, "60%", null, 4, null), categories, series);
    }

    /** One ring per label; each value is a percentage of a full ring. */
    public static ChartOptions radialBar(List<String> labels, List<? extends Number> percentages) {
        PlotOptions rings = new PlotOptions(null, null, new RadialBar(new Hollow("40%")));
        return new ChartOptions(chart("radialBar", HEIGHT), percentages, labels, null, null, null, rings, null, null,
                null, LEGEND_BELOW, null, null, null);
    }

    /** Shares of a whole, one slice per label. */
    public static ChartOptions donut(List<String> labels, List<? extends Number> values) {
        PlotOptions ring = new PlotOptions(null, new Pie(new Donut("60%")), null);
        return new ChartOptions(chart("donut", HEIGHT), values, labels, null, null, null, ring, null, null,
                Toggle.ON, LEGEND_BELOW, null, null, null);
    }

    /**
     * A Gantt-style timeline on a date axis: one row per distinct label, each bar in its own colour when
     * it has one. The height grows with the rows so bars stay readable.
     */
    public static ChartOptions timeline(List<RangePoint> bars) {
        return timeline(Series.of("", bars));
    }

    /**
     * Several bars per row, one per series, drawn side by side within the row: e.g. the plan, the actual
     * dates and a baseline. Each series keeps its order in every row.
     */
    public static ChartOptions timeline(Series... series) {
        long rows = Stream.of(series).flatMap(one -> one.data().stream()).map(point -> ((RangePoint) point).x())
                .distinct().count();
        int perRow = series.length > 1 ? 22 + 14 * series.length : 36;
        int height = (int) Math.max(160, 80 + perRow * rows);
        // Several series: each gets its own slot within the row instead of being drawn over the others.
        boolean oneSeries = series.length == 1;
        PlotOptions ranges = new PlotOptions(new Bar(true, oneSeries ? "60%" : "80%", null, 3, oneSeries), null, null);
        // Row names are often sentences: give them more room than ApexCharts' 160 pixels.
        Axis rowNames = new Axis(null, null, null, null, new AxisLabels(260), null, null);
        return new ChartOptions(chart("rangeBar", height), List.of(series), null, null,
                new Axis("datetime", null, null, null, null, null, null), rowNames, ranges, null, null, Toggle.OFF,
                new Legend(false, null), null, new Tooltip(new TooltipX("dd MMM yyyy")), null);
    }

    /**
     * A dashed, labelled line at a value: horizontal across vertical bars and lines, vertical down
     * horizontal bars (whose value axis is x). Prefer {@link ChartOptions#withTargetLine}, which knows the direction.
     */
    public static Annotations valueLine(Number value, String label, String color, boolean horizontalBars) {
        // On horizontal bars the label runs left from the line: a target near the axis end would be cut off.
        LineLabel text = new LineLabel(label, color, new LabelStyle("#fff", color), horizontalBars ? "horizontal" : null,
                horizontalBars ? "end" : null);
        return horizontalBars
                ? new Annotations(List.of(new Line(value, null, color, 6, text)), null)
                : new Annotations(null, List.of(new Line(null, value, color, 6, text)));
    }

    /** A solid, labelled vertical line at a moment on a date axis. Prefer {@link ChartOptions#withDateLine}. */
    public static Annotations dateLine(long epochMillis, String label, String color) {
        LineLabel text = new LineLabel(label, color, new LabelStyle("#fff", color), "horizontal", null);
        return new Annotations(List.of(new Line(epochMillis, null, color, 0, text)), null);
    }

    /** Widths and dashes are listed per series: ApexCharts leaves a series without an entry unstyled. */
    private static ChartOptions lines(String type, List<String> categories, Series... series) {
        Stroke solid = new Stroke(Collections.nCopies(series.length, 3), Collections.nCopies(series.length, 0),
                "straight");
        return new ChartOptions(chart(type, HEIGHT), List.of(series), null, null, Axis.categories(categories), null,
                null, solid, new Markers(4), Toggle.OFF, LEGEND_BELOW, null, null, null);
    }

    private static ChartOptions bars(Bar bar, List<String> categories, Series... series) {
        return new ChartOptions(chart("bar", HEIGHT), List.of(series), null, null, Axis.categories(categories), null,
                new PlotOptions(bar, null, null), null, null, Toggle.OFF, LEGEND_BELOW, null, null, null);
    }

    /**
     * No toolbar or zoom: figures are read, not explored. Text inherits the page font, and the chart
     * redraws when its container changes width (a card grid reflowing, a drawer opening).
     */
    private static Chart chart(String type, int height) {
        return new Chart(type, height, null, new Toolbar(false), Toggle.OFF, null, true, "inherit", null, null);
    }
}
