package org.eduroadmap.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.eduroadmap.base.ui.chart.ChartOptions.RangePoint;
import org.eduroadmap.base.ui.chart.ChartOptions.Series;

/** The factories serialise to the option shapes ApexCharts 4 documents. */
class ChartsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> YEARS = List.of("2023", "2024", "2025");

    @Test
    void lineWithTargetDrawsTheTargetDashed() {
        JsonNode json = json(Charts.line(YEARS, Series.of("Actual", List.of(10, 20, 30)))
                .withTargetSeries(Series.of("Target", List.of(15, 25, 35))));

        assertThat(json.at("/chart/type").asString()).isEqualTo("line");
        assertThat(json.at("/xaxis/categories").toString()).isEqualTo("[\"2023\",\"2024\",\"2025\"]");
        assertThat(json.at("/series/0/name").asString()).isEqualTo("Actual");
        assertThat(json.at("/series/1/data").toString()).isEqualTo("[15,25,35]");
        assertThat(json.at("/stroke/dashArray").toString()).isEqualTo("[0,6]");
        assertThat(json.at("/stroke/width").toString()).isEqualTo("[3,2]");
    }

    @Test
    void trendAgainstTargetIsALineWithADashedTarget() {
        ChartOptions trend = Charts.trendAgainstTarget(YEARS, Series.of("Actual", List.of(1, 2, 3)),
                Series.of("Target", List.of(2, 3, 4)));

        assertThat(json(trend)).isEqualTo(json(Charts.line(YEARS, Series.of("Actual", List.of(1, 2, 3)))
                .withTargetSeries(Series.of("Target", List.of(2, 3, 4)))));
    }

    @Test
    void areaKeepsItsTargetALine() {
        JsonNode json = json(Charts.area(YEARS, Series.of("Actual", List.of(1, 2, 3)))
                .withTargetSeries(Series.of("Target", List.of(2, 3, 4))));

        assertThat(json.at("/chart/type").asString()).isEqualTo("area");
        assertThat(json.at("/series/0/type").isMissingNode()).isTrue();
        assertThat(json.at("/series/1/type").asString()).isEqualTo("line");
    }

    @Test
    void everyLineHasItsOwnWidthAndDash() {
        JsonNode json = json(Charts.line(YEARS, Series.of("Boys", List.of(1, 2, 3)), Series.of("Girls", List.of(3, 2, 1))));

        assertThat(json.at("/stroke/width").toString()).isEqualTo("[3,3]");
        assertThat(json.at("/stroke/dashArray").toString()).isEqualTo("[0,0]");
    }

    @Test
    void missingValuesAreGapsNotZeros() {
        JsonNode json = json(Charts.line(YEARS, Series.of("Actual",
                Arrays.asList(new BigDecimal("1.5"), null, new BigDecimal("2")))));

        assertThat(json.at("/series/0/data").toString()).isEqualTo("[1.5,null,2]");
    }

    @Test
    void groupedBarsWithATargetAcrossThem() {
        JsonNode json = json(Charts.bar(YEARS, Series.of("Boys", List.of(1, 2, 3)), Series.of("Girls", List.of(3, 2, 1)))
                .withTargetLine(2.5, "Target", "#6b7280"));

        assertThat(json.at("/chart/type").asString()).isEqualTo("bar");
        assertThat(json.at("/plotOptions/bar/horizontal").asBoolean()).isFalse();
        assertThat(json.at("/series").size()).isEqualTo(2);
        assertThat(json.at("/annotations/yaxis/0/y").asDouble()).isEqualTo(2.5);
        assertThat(json.at("/annotations/yaxis/0/label/text").asString()).isEqualTo("Target");
        assertThat(json.at("/annotations/xaxis").isMissingNode()).isTrue();
    }

    @Test
    void horizontalBarsPutTheTargetOnTheValueAxisX() {
        JsonNode json = json(Charts.horizontalBar(List.of("Ahal", "Balkan"), Series.of("Share", List.of(60, 80)))
                .withTargetLine(75, "Target 2025", "#6b7280")
                .withValueRange(0, 100));

        assertThat(json.at("/chart/type").asString()).isEqualTo("bar");
        assertThat(json.at("/plotOptions/bar/horizontal").asBoolean()).isTrue();
        assertThat(json.at("/annotations/xaxis/0/x").asInt()).isEqualTo(75);
        assertThat(json.at("/annotations/xaxis/0/strokeDashArray").asInt()).isPositive();
        assertThat(json.at("/yaxis/max").asInt()).isEqualTo(100);
    }

    @Test
    void countsGetWholeNumberTicksFromZero() {
        JsonNode json = json(Charts.bar(YEARS, Series.of("Requests", List.of(1, 0, 1))).withWholeNumberValues());

        assertThat(json.at("/yaxis/min").asInt()).isZero();
        assertThat(json.at("/yaxis/decimalsInFloat").asInt()).isZero();
        assertThat(json.at("/yaxis/forceNiceScale").asBoolean()).isTrue();
    }

    @Test
    void valueAxisMaxStartsAtZero() {
        JsonNode json = json(Charts.horizontalBar(List.of("Ahal"), Series.of("Share", List.of(60))).withValueAxisMax(80));

        assertThat(json.at("/yaxis/min").asInt()).isZero();
        assertThat(json.at("/yaxis/max").asInt()).isEqualTo(80);
    }

    @Test
    void radialBarHasOneRingPerLabel() {
        JsonNode json = json(Charts.radialBar(List.of("Schools online", "Teachers trained"), List.of(64, 41)));

        assertThat(json.at("/chart/type").asString()).isEqualTo("radialBar");
        assertThat(json.at("/series").toString()).isEqualTo("[64,41]");
        assertThat(json.at("/labels/1").asString()).isEqualTo("Teachers trained");
    }

    @Test
    void donutHasPlainNumbersAsSeries() {
        JsonNode json = json(Charts.donut(List.of("On track", "At risk"), List.of(7L, 3L)).withColors("#1b7f3b", "#b26a00"));

        assertThat(json.at("/chart/type").asString()).isEqualTo("donut");
        assertThat(json.at("/series").toString()).isEqualTo("[7,3]");
        assertThat(json.at("/labels").size()).isEqualTo(2);
        assertThat(json.at("/colors").toString()).isEqualTo("[\"#1b7f3b\",\"#b26a00\"]");
    }

    @Test
    void timelineIsAHorizontalRangeBarOnADateAxis() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        JsonNode json = json(Charts.timeline(List.of(
                        RangePoint.of("Connect schools", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "#1565c0"),
                        new RangePoint("Train teachers", 1_000L, 2_000L, null)))
                .withDateLine(today, "Today", "#37474f"));

        assertThat(json.at("/chart/type").asString()).isEqualTo("rangeBar");
        assertThat(json.at("/plotOptions/bar/horizontal").asBoolean()).isTrue();
        assertThat(json.at("/plotOptions/bar/rangeBarGroupRows").asBoolean()).isTrue();
        assertThat(json.at("/xaxis/type").asString()).isEqualTo("datetime");
        JsonNode first = json.at("/series/0/data/0");
        assertThat(first.at("/x").asString()).isEqualTo("Connect schools");
        assertThat(first.at("/y/0").asLong()).isEqualTo(millis(LocalDate.of(2026, 1, 1)));
        assertThat(first.at("/y/1").asLong()).as("the last day is covered whole").isEqualTo(millis(LocalDate.of(2026, 7, 1)));
        assertThat(first.at("/fillColor").asString()).isEqualTo("#1565c0");
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("x", "y", "fillColor");
        assertThat(json.at("/series/0/data/1").has("fillColor")).isFalse();
        assertThat(json.at("/annotations/xaxis/0/x").asLong()).isEqualTo(millis(today));
        assertThat(json.at("/annotations/xaxis/0/label/text").asString()).isEqualTo("Today");
    }

    @Test
    void timelineGrowsWithItsRows() {
        List<RangePoint> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(new RangePoint("Row " + i, 0, 1, null));
        }

        assertThat(Charts.timeline(many).chart().height()).isGreaterThan(Charts.timeline(many.subList(0, 2)).chart().height());
    }

    @Test
    void everyChartRedrawsWithItsContainer() {
        for (ChartOptions options : everyKind()) {
            assertThat(json(options).at("/chart/redrawOnParentResize").asBoolean()).as(options.chart().type()).isTrue();
        }
    }

    @Test
    void unsetOptionsAreLeftOutSoApexChartsDefaultsApply() {
        for (ChartOptions options : everyKind()) {
            JsonNode json = json(options);
            assertThat(nullsOutsideData(json)).as(json.toString()).isZero();
        }
        JsonNode line = json(Charts.line(YEARS, Series.of("Actual", List.of(1, 2, 3))));
        assertThat(line.propertyNames()).doesNotContain("labels", "plotOptions", "annotations", "noData", "yaxis",
                "colors");
        assertThat(line.at("/series/0").propertyNames()).containsExactlyInAnyOrder("name", "data");
        assertThat(line.at("/chart").propertyNames()).doesNotContain("sparkline", "locales", "defaultLocale");
    }

    @Test
    void adjustmentsReturnNewOptionsAndLeaveTheOriginal() {
        ChartOptions original = Charts.bar(YEARS, Series.of("Requests", List.of(1, 2, 3)));

        ChartOptions adjusted = original.withHeight(200).withColors("#5e35b1").withDataLabels()
                .withNoDataText("No data").withTargetLine(2, "Target", "#000");

        assertThat(json(original)).isEqualTo(json(Charts.bar(YEARS, Series.of("Requests", List.of(1, 2, 3)))));
        JsonNode json = json(adjusted);
        assertThat(json.at("/chart/height").asInt()).isEqualTo(200);
        assertThat(json.at("/dataLabels/enabled").asBoolean()).isTrue();
        assertThat(json.at("/noData/text").asString()).isEqualTo("No data");
    }

    @Test
    void targetLinesAddUp() {
        JsonNode json = json(Charts.bar(YEARS, Series.of("Requests", List.of(1, 2, 3)))
                .withTargetLine(2, "Target", "#000").withTargetLine(3, "Stretch", "#000"));

        assertThat(json.at("/annotations/yaxis").size()).isEqualTo(2);
    }

    @Test
    void whatIsSentAlwaysCarriesWhatAnUpdateMustReset() {
        JsonNode sent = ApexChart.toJson(Charts.horizontalBar(List.of("Ahal"), Series.of("Share", List.of(60))),
                Locale.ENGLISH);

        assertThat(sent.at("/annotations/xaxis").isArray()).isTrue();
        assertThat(sent.at("/annotations/xaxis").size()).isZero();
        assertThat(sent.at("/annotations/yaxis").size()).isZero();
        assertThat(sent.at("/annotations/points").size()).isZero();
        assertThat(sent.at("/colors").size()).as("the default palette").isZero();
        assertThat(sent.at("/yaxis").isObject()).as("an automatic range").isTrue();
        assertThat(sent.at("/yaxis").size()).isZero();
    }

    @Test
    void whatIsSentNamesMonthsInTheUsersLanguage() {
        ChartOptions timeline = Charts.timeline(List.of(new RangePoint("Row", 0, 1, null)));

        JsonNode russian = ApexChart.toJson(timeline, Locale.forLanguageTag("ru"));
        JsonNode turkmen = ApexChart.toJson(timeline, Locale.forLanguageTag("tk"));

        assertThat(russian.at("/chart/defaultLocale").asString()).isEqualTo("ru");
        assertThat(russian.at("/chart/locales/0/name").asString()).isEqualTo("ru");
        assertThat(russian.at("/chart/locales/0/options/months/0").asString()).isEqualTo("январь");
        assertThat(russian.at("/chart/locales/0/options/shortMonths").size()).isEqualTo(12);
        assertThat(russian.at("/chart/locales/0/options/days").size()).isEqualTo(7);
        assertThat(turkmen.at("/chart/locales/0/options/months/0").asString()).isEqualTo("Ýanwar");
    }

    @Test
    void onlyATypeOrDirectionChangeRedrawsTheChart() {
        ChartOptions bars = Charts.horizontalBar(List.of("Ahal"), Series.of("Share", List.of(60)));

        assertThat(bars.withTargetLine(70, "Target", "#000").withColors("#000").shape()).isEqualTo(bars.shape());
        assertThat(Charts.bar(List.of("Ahal"), Series.of("Share", List.of(60))).shape()).isNotEqualTo(bars.shape());
    }

    private static List<ChartOptions> everyKind() {
        return List.of(
                Charts.line(YEARS, Series.of("A", List.of(1, 2, 3))),
                Charts.area(YEARS, Series.of("A", List.of(1, 2, 3))),
                Charts.bar(YEARS, Series.of("A", List.of(1, 2, 3))),
                Charts.horizontalBar(YEARS, Series.of("A", List.of(1, 2, 3))),
                Charts.radialBar(List.of("A"), List.of(50)),
                Charts.donut(List.of("A", "B"), List.of(1, 2)),
                Charts.timeline(List.of(new RangePoint("A", 0, 1, null))).withDateLine(LocalDate.EPOCH, "Today", "#000"));
    }

    /** Nulls are only allowed as gaps inside a series' data. */
    private static int nullsOutsideData(JsonNode node) {
        int nulls = node.isNull() ? 1 : 0;
        if (node.isObject()) {
            for (var property : node.properties()) {
                if (!property.getKey().equals("data")) {
                    nulls += nullsOutsideData(property.getValue());
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node.values()) {
                nulls += nullsOutsideData(element);
            }
        }
        return nulls;
    }

    private static JsonNode json(ChartOptions options) {
        return JSON.valueToTree(options);
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
