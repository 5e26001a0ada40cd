package org.eduroadmap.base.ui.chart;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The part of the ApexCharts 4 options this application uses, as records that serialise to the JSON
 * ApexCharts reads. Null means "not set": it is left out of the JSON so ApexCharts' default applies.
 * Start from a {@link Charts} factory and adjust with the {@code with...} methods; every method returns
 * a new value, so options shared between views are never changed behind their back.
 *
 * @param series {@link Series} for axis charts; plain numbers for donut and radial charts
 * @param labels slice or ring names of donut and radial charts
 */
@JsonInclude(NON_NULL)
public record ChartOptions(Chart chart, List<?> series, List<String> labels, List<String> colors, Axis xaxis,
                           Axis yaxis, PlotOptions plotOptions, Stroke stroke, Markers markers, Toggle dataLabels,
                           Legend legend, Annotations annotations, Tooltip tooltip, NoData noData) {

    /** Epoch milliseconds at the start of a day in UTC: ApexCharts draws datetime axes in UTC by default. */
    static long utcMillis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    @JsonInclude(NON_NULL)
    public record Chart(String type, Integer height, Toggle sparkline, Toolbar toolbar, Toggle zoom,
                        Toggle animations, Boolean redrawOnParentResize, String fontFamily,
                        List<ChartLocale> locales, String defaultLocale) {
    }

    /** The {@code {enabled: ...}} object ApexCharts uses for sparkline, zoom, animations and data labels. */
    public record Toggle(boolean enabled) {

        static final Toggle ON = new Toggle(true);
        static final Toggle OFF = new Toggle(false);
    }

    public record Toolbar(boolean show) {
    }

    /** One named series; {@code type} is set only to mix a line into an area or bar chart. */
    @JsonInclude(NON_NULL)
    public record Series(String name, String type, List<?> data) {

        /** Nulls in {@code data} are drawn as gaps, not as zero. */
        public static Series of(String name, List<?> data) {
            return new Series(name, null, data);
        }

        Series asType(String newType) {
            return new Series(name, newType, data);
        }
    }

    /**
     * One bar of a timeline: a row label and the time it covers, {@code y = [start, end)} in epoch
     * milliseconds (UTC), the end excluded as on any time axis; {@code fillColor} may be null.
     */
    @JsonInclude(NON_NULL)
    public record RangePoint(String x, List<Long> y, String fillColor) {

        public RangePoint(String x, long start, long end, String fillColor) {
            this(x, List.of(start, end), fillColor);
        }

        /** A bar covering whole days, from {@code firstDay} through {@code lastDay}. */
        public static RangePoint of(String label, LocalDate firstDay, LocalDate lastDay, String fillColor) {
            return new RangePoint(label, utcMillis(firstDay), utcMillis(lastDay.plusDays(1)), fillColor);
        }

        @JsonIgnore
        public long start() {
            return y.get(0);
        }

        @JsonIgnore
        public long end() {
            return y.get(1);
        }
    }

    @JsonInclude(NON_NULL)
    public record Axis(String type, List<String> categories, Number min, Number max, AxisLabels labels,
                       Boolean forceNiceScale, Integer decimalsInFloat) {

        static final Axis AUTOMATIC = new Axis(null, null, null, null, null, null, null);

        static Axis categories(List<String> categories) {
            return new Axis(null, categories, null, null, null, null, null);
        }

        Axis withRange(Number newMin, Number newMax) {
            return new Axis(type, categories, newMin, newMax, labels, forceNiceScale, decimalsInFloat);
        }
    }

    /** {@code maxWidth} in pixels: longer labels are cut with an ellipsis (the table shows them whole). */
    public record AxisLabels(int maxWidth) {
    }

    @JsonInclude(NON_NULL)
    public record PlotOptions(Bar bar, Pie pie, RadialBar radialBar) {
    }

    @JsonInclude(NON_NULL)
    public record Bar(Boolean horizontal, String barHeight, String columnWidth, Integer borderRadius,
                      Boolean rangeBarGroupRows) {
    }

    public record Pie(Donut donut) {
    }

    public record Donut(String size) {
    }

    public record RadialBar(Hollow hollow) {
    }

    public record Hollow(String size) {
    }

    /** Per-series line widths and dash lengths (0 = solid), in series order. */
    @JsonInclude(NON_NULL)
    public record Stroke(List<Integer> width, List<Integer> dashArray, String curve) {
    }

    public record Markers(int size) {
    }

    @JsonInclude(NON_NULL)
    public record Legend(Boolean show, String position) {
    }

    /** Reference lines: {@code xaxis} lines are vertical (a date, or a value on horizontal bars), {@code yaxis} horizontal. */
    @JsonInclude(NON_NULL)
    public record Annotations(List<Line> xaxis, List<Line> yaxis) {

        Annotations plus(Annotations more) {
            return new Annotations(join(xaxis, more.xaxis), join(yaxis, more.yaxis));
        }

        private static List<Line> join(List<Line> first, List<Line> second) {
            List<Line> all = new ArrayList<>(first == null ? List.of() : first);
            all.addAll(second == null ? List.of() : second);
            return Collections.unmodifiableList(all);
        }
    }

    /** A labelled reference line at {@code x} or at {@code y}, such as a target or "today". */
    @JsonInclude(NON_NULL)
    public record Line(Object x, Object y, String borderColor, Integer strokeDashArray, LineLabel label) {
    }

    @JsonInclude(NON_NULL)
    public record LineLabel(String text, String borderColor, LabelStyle style, String orientation,
                            String textAnchor) {
    }

    @JsonInclude(NON_NULL)
    public record LabelStyle(String color, String background) {
    }

    public record Tooltip(TooltipX x) {
    }

    /** A date pattern in ApexCharts' syntax (dd MMM yyyy), for datetime axes. */
    public record TooltipX(String format) {
    }

    public record NoData(String text) {
    }

    /** Month and day names, so a datetime axis speaks the user's language. */
    public record ChartLocale(String name, LocaleTexts options) {

        /** Names from the JDK's CLDR data, which knows Russian and Turkmen; ApexCharts itself ships no Turkmen. */
        static ChartLocale of(Locale locale) {
            return new ChartLocale(locale.toLanguageTag(), new LocaleTexts(
                    months(TextStyle.FULL_STANDALONE, locale), months(TextStyle.SHORT_STANDALONE, locale),
                    days(TextStyle.FULL_STANDALONE, locale), days(TextStyle.SHORT_STANDALONE, locale)));
        }

        private static List<String> months(TextStyle style, Locale locale) {
            return Stream.of(Month.values()).map(month -> month.getDisplayName(style, locale)).toList();
        }

        /** ApexCharts counts weekdays from Sunday. */
        private static List<String> days(TextStyle style, Locale locale) {
            return Stream.iterate(DayOfWeek.SUNDAY, day -> day.plus(1)).limit(7)
                    .map(day -> day.getDisplayName(style, locale)).toList();
        }
    }

    public record LocaleTexts(List<String> months, List<String> shortMonths, List<String> days,
                              List<String> shortDays) {
    }

    // --- adjustments -------------------------------------------------------------------------------

    /** Series colours in series order; for donut and radial charts, one per label. */
    public ChartOptions withColors(String... newColors) {
        return new ChartOptions(chart, series, labels, List.of(newColors), xaxis, yaxis, plotOptions, stroke, markers,
                dataLabels, legend, annotations, tooltip, noData);
    }

    public ChartOptions withHeight(int pixels) {
        return withChart(new Chart(chart.type(), pixels, chart.sparkline(), chart.toolbar(), chart.zoom(),
                chart.animations(), chart.redrawOnParentResize(), chart.fontFamily(), chart.locales(),
                chart.defaultLocale()));
    }

    /**
     * Adds a dashed series, such as the target a line of actual values should reach. In an area chart the
     * target stays a line, so it does not hide the area under it.
     */
    public ChartOptions withTargetSeries(Series target) {
        List<Object> all = new ArrayList<>(series);
        all.add("area".equals(chart.type()) ? target.asType("line") : target);
        int solid = series.size();
        List<Integer> widths = new ArrayList<>(stroke == null || stroke.width() == null
                ? Collections.nCopies(solid, 3) : stroke.width());
        widths.add(2);
        List<Integer> dashes = new ArrayList<>(stroke == null || stroke.dashArray() == null
                ? Collections.nCopies(solid, 0) : stroke.dashArray());
        dashes.add(6);
        Stroke dashed = new Stroke(widths, dashes, stroke == null ? null : stroke.curve());
        return new ChartOptions(chart, all, labels, colors, xaxis, yaxis, plotOptions, dashed, markers, dataLabels,
                legend, annotations, tooltip, noData);
    }

    /** A dashed, labelled line at a value, such as a target: across bars, or down horizontal bars. */
    public ChartOptions withTargetLine(Number value, String label, String color) {
        return withAnnotations(Charts.valueLine(value, label, color, horizontalBars()));
    }

    /** A labelled vertical line on a timeline's date axis, such as today. */
    public ChartOptions withDateLine(LocalDate day, String label, String color) {
        return withAnnotations(Charts.dateLine(utcMillis(day), label, color));
    }

    /** Adds reference lines to those already set. */
    public ChartOptions withAnnotations(Annotations more) {
        Annotations all = annotations == null ? more : annotations.plus(more);
        return new ChartOptions(chart, series, labels, colors, xaxis, yaxis, plotOptions, stroke, markers,
                dataLabels, legend, all, tooltip, noData);
    }

    /** Fixes the value axis, e.g. 0 to 100 for percentages. ApexCharts reads it from yaxis even for horizontal bars. */
    public ChartOptions withValueRange(Number min, Number max) {
        Axis range = (yaxis == null ? Axis.AUTOMATIC : yaxis).withRange(min, max);
        return new ChartOptions(chart, series, labels, colors, xaxis, range, plotOptions, stroke, markers, dataLabels,
                legend, annotations, tooltip, noData);
    }

    /** A value axis from 0 to {@code max}, e.g. to leave room for a target line beyond the longest bar. */
    public ChartOptions withValueAxisMax(Number max) {
        return withValueRange(0, max);
    }

    /**
     * For counts on columns and lines: ticks at whole numbers from zero, never "0.2 requests".
     * (Horizontal bars take their tick format from another axis and are not covered.)
     */
    public ChartOptions withWholeNumberValues() {
        Axis base = yaxis == null ? Axis.AUTOMATIC : yaxis;
        Axis whole = new Axis(base.type(), base.categories(), 0, base.max(), base.labels(), true, 0);
        return new ChartOptions(chart, series, labels, colors, xaxis, whole, plotOptions, stroke, markers, dataLabels,
                legend, annotations, tooltip, noData);
    }

    /** Shows only the days from {@code first} through {@code last} on a timeline's date axis. */
    public ChartOptions withDateWindow(LocalDate first, LocalDate last) {
        Axis window = (xaxis == null ? Axis.AUTOMATIC : xaxis).withRange(utcMillis(first), utcMillis(last.plusDays(1)));
        return new ChartOptions(chart, series, labels, colors, window, yaxis, plotOptions, stroke, markers, dataLabels,
                legend, annotations, tooltip, noData);
    }

    /** How wide, in pixels, the row names of horizontal bars and timelines may grow before they are cut. */
    public ChartOptions withRowLabelWidth(int pixels) {
        Axis base = yaxis == null ? Axis.AUTOMATIC : yaxis;
        Axis rows = new Axis(base.type(), base.categories(), base.min(), base.max(), new AxisLabels(pixels),
                base.forceNiceScale(), base.decimalsInFloat());
        return new ChartOptions(chart, series, labels, colors, xaxis, rows, plotOptions, stroke, markers, dataLabels,
                legend, annotations, tooltip, noData);
    }

    /** True when no series holds a value to draw (and a donut or radial chart has no number). */
    @JsonIgnore
    public boolean isEmpty() {
        return series == null || series.stream().allMatch(entry -> entry instanceof Series named
                ? named.data() == null || named.data().stream().allMatch(Objects::isNull)
                : entry == null);
    }

    /** The text shown instead of an empty chart. */
    public ChartOptions withNoDataText(String text) {
        return new ChartOptions(chart, series, labels, colors, xaxis, yaxis, plotOptions, stroke, markers,
                dataLabels, legend, annotations, tooltip, new NoData(text));
    }

    /** Writes each value on its bar, slice or point. */
    public ChartOptions withDataLabels() {
        return new ChartOptions(chart, series, labels, colors, xaxis, yaxis, plotOptions, stroke, markers,
                Toggle.ON, legend, annotations, tooltip, noData);
    }

    ChartOptions withLocale(ChartLocale locale) {
        return withChart(new Chart(chart.type(), chart.height(), chart.sparkline(), chart.toolbar(), chart.zoom(),
                chart.animations(), chart.redrawOnParentResize(), chart.fontFamily(), List.of(locale), locale.name()));
    }

    private ChartOptions withChart(Chart newChart) {
        return new ChartOptions(newChart, series, labels, colors, xaxis, yaxis, plotOptions, stroke, markers,
                dataLabels, legend, annotations, tooltip, noData);
    }

    boolean horizontalBars() {
        return plotOptions != null && plotOptions.bar() != null && Boolean.TRUE.equals(plotOptions.bar().horizontal());
    }

    /**
     * What ApexCharts cannot change on a drawn chart: its type, bar direction and sparkline mode. Options of
     * the same shape update the chart in place; a new shape draws a new chart.
     */
    String shape() {
        return chart.type() + (horizontalBars() ? "/horizontal" : "") + (chart.sparkline() == null ? "" : "/sparkline");
    }
}
