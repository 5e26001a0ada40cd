package org.eduroadmap.base.ui.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eduroadmap.base.ui.chart.ChartOptions.RangePoint;
import org.eduroadmap.base.ui.chart.ChartOptions.Series;

/** The figures of a chart as rows of text: categories down, series across. */
record ChartTable(List<String> headers, List<List<String>> rows) {

    static ChartTable of(ChartOptions options, Function<Number, String> format) {
        if (options == null || options.series() == null) {
            return new ChartTable(List.of(), List.of());
        }
        if (options.labels() != null) {
            return labelled(options, format);
        }
        List<Series> series = options.series().stream().map(Series.class::cast).toList();
        if ("rangeBar".equals(options.chart().type())) {
            return ranges(series);
        }
        List<String> categories = options.xaxis() == null || options.xaxis().categories() == null
                ? List.of() : options.xaxis().categories();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(categories.get(i));
            for (Series one : series) {
                Object value = i < one.data().size() ? one.data().get(i) : null;
                row.add(value instanceof Number number ? format.apply(number) : "–");
            }
            rows.add(row);
        }
        return new ChartTable(series.stream().map(Series::name).toList(), rows);
    }

    private static ChartTable labelled(ChartOptions options, Function<Number, String> format) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < options.labels().size(); i++) {
            Object value = options.series().get(i);
            rows.add(List.of(options.labels().get(i), value instanceof Number number ? format.apply(number) : "–"));
        }
        return new ChartTable(List.of(""), rows);
    }

    private static ChartTable ranges(List<Series> series) {
        List<List<String>> rows = new ArrayList<>();
        for (Series one : series) {
            for (Object point : one.data()) {
                RangePoint range = (RangePoint) point;
                rows.add(List.of(range.x(), day(range.y().get(0)), day(range.y().get(1))));
            }
        }
        return new ChartTable(List.of("↦", "⇥"), rows);
    }

    private static String day(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC).toString();
    }
}
