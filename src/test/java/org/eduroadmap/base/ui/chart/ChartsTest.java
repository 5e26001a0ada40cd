package org.eduroadmap.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.eduroadmap.base.ui.chart.ChartOptions.RangePoint;
import org.eduroadmap.base.ui.chart.ChartOptions.Series;

/** The JSON the chart shapes produce is what ApexCharts 4 reads. */
class ChartsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(ChartOptions options) {
        return JSON.readTree(ApexChart.toJson(options));
    }

    @Test
    void trendDrawsTheTargetDashedBesideTheSolidActualLine() {
        JsonNode chart = json(Charts.trendAgainstTarget(List.of("2024", "2025"),
                Series.of("Actual", Arrays.asList(40, null)), Series.of("Target", List.of(45, 50))));

        assertThat(chart.at("/chart/type").asString()).isEqualTo("line");
        assertThat(chart.at("/series/0/name").asString()).isEqualTo("Actual");
        assertThat(chart.at("/series/0/data/1").isNull()).as("a missing year stays a gap").isTrue();
        assertThat(chart.at("/stroke/dashArray/0").asInt()).isZero();
        assertThat(chart.at("/stroke/dashArray/1").asInt()).isPositive();
        assertThat(chart.at("/xaxis/categories/1").asString()).isEqualTo("2025");
        assertThat(chart.at("/tooltip/shared").asBoolean()).isTrue();
    }

    @Test
    void nullOptionsAreLeftOutSoApexChartsDefaultsApply() {
        JsonNode chart = json(Charts.donut(List.of("On track", "Off track"), List.of(4, 1)));

        assertThat(chart.has("annotations")).isFalse();
        assertThat(chart.has("xaxis")).isFalse();
        assertThat(chart.at("/chart/type").asString()).isEqualTo("donut");
        assertThat(chart.at("/series/1").asInt()).isEqualTo(1);
        assertThat(chart.at("/labels/0").asString()).isEqualTo("On track");
    }

    @Test
    void horizontalBarsWithATargetLineAcrossTheValueAxis() {
        ChartOptions options = Charts.horizontalBar(List.of("Ahal", "Mary"), Series.of("Internet", List.of(70, 64)))
                .withValueAxisMax(80)
                .withAnnotations(Charts.valueLine(72.5, "Target", "#666", true));
        JsonNode chart = json(options);

        assertThat(chart.at("/plotOptions/bar/horizontal").asBoolean()).isTrue();
        assertThat(chart.at("/xaxis/max").asInt()).isEqualTo(80);
        assertThat(chart.at("/annotations/xaxis/0/x").asDouble()).isEqualTo(72.5);
        assertThat(chart.has("tooltip")).as("ApexCharts refuses a shared tooltip on bars").isFalse();
    }

    @Test
    void groupedVerticalBarsWithATargetLineAcrossTheYAxis() {
        JsonNode chart = json(Charts.bar(List.of("2024", "2025"), Series.of("Girls", List.of(1, 2)),
                Series.of("Boys", List.of(2, 3))).withAnnotations(Charts.valueLine(5, "Target", "#666", false)));

        assertThat(chart.at("/plotOptions/bar/horizontal").asBoolean()).isFalse();
        assertThat(chart.at("/series").size()).isEqualTo(2);
        assertThat(chart.at("/annotations/yaxis/0/y").asInt()).isEqualTo(5);
    }

    @Test
    void radialBarTakesPercentages() {
        JsonNode chart = json(Charts.radialBar(List.of("EMIS"), List.of(55)));
        assertThat(chart.at("/chart/type").asString()).isEqualTo("radialBar");
        assertThat(chart.at("/series/0").asInt()).isEqualTo(55);
    }

    @Test
    void timelineBarsSpanStartToEndOnADateAxisWithTodayMarked() {
        ChartOptions options = Charts.timeline(List.of(new RangePoint("EMIS pilot", 1_000L, 2_000L, "#c62828")))
                .withAnnotations(Charts.dateLine(1_500L, "Today", "#333"));
        JsonNode chart = json(options);

        assertThat(chart.at("/chart/type").asString()).isEqualTo("rangeBar");
        assertThat(chart.at("/xaxis/type").asString()).isEqualTo("datetime");
        assertThat(chart.at("/plotOptions/bar/horizontal").asBoolean()).isTrue();
        assertThat(chart.at("/series/0/data/0/x").asString()).isEqualTo("EMIS pilot");
        assertThat(chart.at("/series/0/data/0/y/1").asLong()).isEqualTo(2_000L);
        assertThat(chart.at("/series/0/data/0/fillColor").asString()).isEqualTo("#c62828");
        assertThat(chart.at("/annotations/xaxis/0/x").asLong()).isEqualTo(1_500L);
    }

    @Test
    void sparklineHidesEverythingButTheLine() {
        JsonNode chart = json(Charts.sparkline(List.of(1, 2, 3)));
        assertThat(chart.at("/chart/sparkline/enabled").asBoolean()).isTrue();
        assertThat(chart.at("/series/0/data/2").asInt()).isEqualTo(3);
    }

    @Test
    void theDataTableListsTheSameFigures() {
        ChartTable table = ChartTable.of(Charts.trendAgainstTarget(List.of("2024", "2025"),
                        Series.of("Actual", Arrays.asList(40, null)), Series.of("Target", List.of(45, 50))),
                Object::toString);

        assertThat(table.headers()).containsExactly("Actual", "Target");
        assertThat(table.rows()).containsExactly(List.of("2024", "40", "45"), List.of("2025", "–", "50"));
    }
}
