package org.eduroadmap.base.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.eduroadmap.base.ui.chart.ChartOptions.RangePoint;
import org.eduroadmap.base.ui.chart.ChartOptions.Series;

/**
 * A chart's figures as rows of text, its text alternative: categories down and series across; labels
 * and values for donut and radial charts; label, start and end for timelines.
 */
record ChartTable(List<String> columns, List<List<String>> rows) {

    static final String NO_VALUE = "–";

    /** Column headers, numbers and dates in the user's language. */
    record Texts(String category, String value, String start, String end, Function<Number, String> number,
                 LongFunction<String> date) {
    }

    static ChartTable of(ChartOptions options, Texts texts) {
        if (options == null || options.series() == null) {
            return new ChartTable(List.of(), List.of());
        }
        if (options.labels() != null) {
            return labelled(options, texts);
        }
        List<Series> series = options.series().stream().map(Series.class::cast).toList();
        return "rangeBar".equals(options.chart().type()) ? ranges(series, texts) : categorised(options, series, texts);
    }

    private static ChartTable categorised(ChartOptions options, List<Series> series, Texts texts) {
        List<String> categories = options.xaxis() == null ? null : options.xaxis().categories();
        int count = categories != null ? categories.size()
                : series.stream().mapToInt(one -> one.data().size()).max().orElse(0);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> row = new ArrayList<>();
            // A series without categories has its points numbered instead.
            row.add(categories != null ? categories.get(i) : String.valueOf(i + 1));
            for (Series one : series) {
                row.add(value(i < one.data().size() ? one.data().get(i) : null, texts));
            }
            rows.add(row);
        }
        List<String> columns = new ArrayList<>();
        columns.add(texts.category());
        series.forEach(one -> columns.add(one.name() == null || one.name().isBlank()
                ? texts.value() : one.name()));
        return new ChartTable(columns, rows);
    }

    private static ChartTable labelled(ChartOptions options, Texts texts) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < options.labels().size(); i++) {
            Object value = i < options.series().size() ? options.series().get(i) : null;
            rows.add(List.of(options.labels().get(i), value(value, texts)));
        }
        return new ChartTable(List.of(texts.category(),
                texts.value()), rows);
    }

    private static ChartTable ranges(List<Series> series, Texts texts) {
        // With several series per row (plan, actual, baseline) each bar says which series it belongs to.
        boolean named = series.size() > 1;
        List<List<String>> rows = new ArrayList<>();
        for (Series one : series) {
            for (Object point : one.data()) {
                RangePoint range = (RangePoint) point;
                // The end is excluded: a bar up to midnight ends on the day before.
                long lastMoment = Math.max(range.start(), range.end() - 1);
                List<String> row = new ArrayList<>(List.of(range.x()));
                if (named) {
                    row.add(one.name());
                }
                row.add(texts.date().apply(range.start()));
                row.add(texts.date().apply(lastMoment));
                rows.add(row);
            }
        }
        List<String> columns = new ArrayList<>(List.of(texts.category()));
        if (named) {
            columns.add(texts.value());
        }
        columns.add(texts.start());
        columns.add(texts.end());
        return new ChartTable(columns, rows);
    }

    private static String value(Object value, Texts texts) {
        return value instanceof Number number ? texts.number().apply(number) : NO_VALUE;
    }
}
