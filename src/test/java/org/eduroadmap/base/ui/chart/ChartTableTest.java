package org.eduroadmap.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.eduroadmap.base.ui.chart.ChartOptions.RangePoint;
import org.eduroadmap.base.ui.chart.ChartOptions.Series;

/** The text alternative lists the same figures as the chart. */
class ChartTableTest {

    private static final ChartTable.Texts TEXTS = new ChartTable.Texts("Category", "Value", "Start", "End",
            number -> "n" + number, millis -> LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC).toString());

    @Test
    void categoriesAreRowsAndSeriesAreColumns() {
        ChartOptions options = Charts.trendAgainstTarget(List.of("2024", "2025"),
                Series.of("Actual", Arrays.asList(10, null)), Series.of("Target", List.of(12, 14)));

        ChartTable table = ChartTable.of(options, TEXTS);

        assertThat(table.columns()).containsExactly("Category", "Actual", "Target");
        assertThat(table.rows()).containsExactly(List.of("2024", "n10", "n12"), List.of("2025", "–", "n14"));
    }

    @Test
    void donutAndRadialListLabelsAndValues() {
        ChartTable donut = ChartTable.of(Charts.donut(List.of("On track", "At risk"), List.of(7, 3)), TEXTS);
        ChartTable radial = ChartTable.of(Charts.radialBar(List.of("Online"), List.of(64)), TEXTS);

        assertThat(donut.columns()).containsExactly("Category", "Value");
        assertThat(donut.rows()).containsExactly(List.of("On track", "n7"), List.of("At risk", "n3"));
        assertThat(radial.rows()).containsExactly(List.of("Online", "n64"));
    }

    @Test
    void timelineRowsGiveTheFirstAndLastDay() {
        ChartOptions options = Charts.timeline(List.of(
                RangePoint.of("Connect schools", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null)));

        ChartTable table = ChartTable.of(options, TEXTS);

        assertThat(table.columns()).containsExactly("Category", "Start", "End");
        assertThat(table.rows()).containsExactly(List.of("Connect schools", "2026-01-01", "2026-06-30"));
    }

    @Test
    void noOptionsMakeAnEmptyTable() {
        assertThat(ChartTable.of(null, TEXTS).rows()).isEmpty();
    }
}
