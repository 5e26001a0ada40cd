package org.eduroadmap.base.ui.chart;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The subset of ApexCharts options the application uses, as typed records. Serialised to JSON as
 * ApexCharts expects it; absent (null) options are left out so ApexCharts' defaults apply.
 *
 * @param series a list of {@link Series} for axis charts, or of numbers for donut and radial charts
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartOptions(Chart chart, List<?> series, List<String> labels, List<String> colors, Axis xaxis,
                           Axis yaxis, PlotOptions plotOptions, Stroke stroke, Markers markers,
                           Toggle dataLabels, Legend legend, Annotations annotations, Tooltip tooltip,
                           NoData noData) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Chart(String type, Object height, String width, Toggle sparkline, Toggle toolbar,
                        Toggle zoom, Toggle animations, Boolean redrawOnParentResize, String fontFamily,
                        Boolean stacked) {
    }

    public record Toggle(boolean enabled, Boolean show) {

        static Toggle on() {
            return new Toggle(true, null);
        }

        static Toggle off() {
            return new Toggle(false, false);
        }
    }

    /** One named series; {@code type} mixes line and column in one chart, left null otherwise. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Series(String name, String type, List<?> data) {

        public static Series of(String name, List<?> data) {
            return new Series(name, null, data);
        }
    }

    /** One bar of a timeline: a row label, a start and an end in epoch milliseconds, an optional colour. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RangePoint(String x, List<Long> y, String fillColor) {

        public RangePoint(String x, long start, long end, String fillColor) {
            this(x, List.of(start, end), fillColor);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Axis(String type, List<String> categories, Title title, Number min, Number max,
                       Labels labels, Integer tickAmount, Integer decimalsInFloat) {

        static Axis categories(List<String> categories) {
            return new Axis(null, categories, null, null, null, null, null, null);
        }
    }

    public record Title(String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Labels(Boolean show, String format) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlotOptions(Bar bar, Pie pie, RadialBar radialBar) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Bar(Boolean horizontal, Boolean distributed, Boolean rangeBarGroupRows, String barHeight,
                      Integer borderRadius) {
    }

    public record Pie(Donut donut) {
    }

    public record Donut(String size) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RadialBar(Object hollow, RadialLabels dataLabels) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RadialLabels(Boolean show) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stroke(List<Integer> width, List<Integer> dashArray, String curve) {
    }

    public record Markers(int size) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Legend(Boolean show, String position) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Annotations(List<Line> xaxis, List<Line> yaxis) {
    }

    /** A reference line, such as a target or "today", with a label. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(Object x, Object y, String borderColor, Integer strokeDashArray, LineLabel label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineLabel(String text, String borderColor, Object style, String orientation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tooltip(Boolean shared, TooltipX x) {
    }

    public record TooltipX(String format) {
    }

    public record NoData(String text) {
    }

    public ChartOptions withColors(String... newColors) {
        return new ChartOptions(chart, series, labels, List.of(newColors), xaxis, yaxis, plotOptions, stroke, markers,
                dataLabels, legend, annotations, tooltip, noData);
    }

    public ChartOptions withHeight(int pixels) {
        Chart resized = new Chart(chart.type(), pixels, chart.width(), chart.sparkline(), chart.toolbar(),
                chart.zoom(), chart.animations(), chart.redrawOnParentResize(), chart.fontFamily(), chart.stacked());
        return new ChartOptions(resized, series, labels, colors, xaxis, yaxis, plotOptions, stroke, markers,
                dataLabels, legend, annotations, tooltip, noData);
    }

    public ChartOptions withAnnotations(Annotations newAnnotations) {
        return new ChartOptions(chart, series, labels, colors, xaxis, yaxis, plotOptions, stroke, markers,
                dataLabels, legend, newAnnotations, tooltip, noData);
    }

    public ChartOptions withYAxis(Axis newYAxis) {
        return new ChartOptions(chart, series, labels, colors, xaxis, newYAxis, plotOptions, stroke, markers,
                dataLabels, legend, annotations, tooltip, noData);
    }

    /** Sets the value axis to run from 0 to {@code max}, so a reference line beyond the data stays in view. */
    public ChartOptions withValueAxisMax(Number max) {
        boolean horizontal = plotOptions != null && plotOptions.bar() != null
                && Boolean.TRUE.equals(plotOptions.bar().horizontal());
        if (horizontal) {
            Axis x = xaxis == null ? new Axis(null, null, null, null, null, null, null, null) : xaxis;
            return new ChartOptions(chart, series, labels, colors,
                    new Axis(x.type(), x.categories(), x.title(), 0, max, x.labels(), x.tickAmount(), x.decimalsInFloat()), yaxis,
                    plotOptions, stroke, markers, dataLabels, legend, annotations, tooltip, noData);
        }
        Axis y = yaxis == null ? new Axis(null, null, null, null, null, null, null, null) : yaxis;
        return withYAxis(new Axis(y.type(), y.categories(), y.title(), 0, max, y.labels(), y.tickAmount(), y.decimalsInFloat()));
    }

    /** For counts: whole numbers on the value axis, starting at zero. */
    public ChartOptions withWholeNumberValues() {
        return withYAxis(new Axis(null, null, null, 0, null, null, null, 0));
    }

    public ChartOptions withNoDataText(String text) {
        return new ChartOptions(chart, series, labels, colors, xaxis, yaxis, plotOptions, stroke, markers,
                dataLabels, legend, annotations, tooltip, new NoData(text));
    }

    public ChartOptions withDataLabels() {
        return new ChartOptions(chart, series, labels, colors, xaxis, yaxis, plotOptions, stroke, markers,
                Toggle.on(), legend, annotations, tooltip, noData);
    }
}
