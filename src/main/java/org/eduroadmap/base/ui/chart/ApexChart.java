package org.eduroadmap.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;

import tools.jackson.databind.json.JsonMapper;

/**
 * An ApexCharts chart. The one place that talks to the chart library: options go to the browser
 * as a JSON parameter, never pasted into script text. The first options create the chart; later
 * ones update it in place, so data changes animate instead of redrawing from scratch.
 */
@Tag("div")
@JavaScript("context://vendor/apexcharts/apexcharts.min.js")
public class ApexChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    // Runs with the chart's element as "this". A detached and re-attached element is a new node
    // without a chart, so it is created again.
    private static final String RENDER = """
            const options = JSON.parse($0);
            if (this.$chart) {
              this.$chart.updateOptions(options, true, true, true);
            } else {
              this.$chart = new ApexCharts(this, options);
              this.$chart.render();
            }
            """;

    private ChartOptions options;

    public ApexChart() {
        setWidthFull();
        addClassName("apex-chart");
        addAttachListener(attach -> {
            if (options != null) {
                send();
            }
        });
    }

    public ApexChart(ChartOptions options) {
        this();
        setOptions(options);
    }

    public void setOptions(ChartOptions options) {
        this.options = options;
        if (isAttached()) {
            send();
        }
    }

    public ChartOptions getOptions() {
        return options;
    }

    private void send() {
        getElement().executeJs(RENDER, toJson(options));
    }

    static String toJson(ChartOptions options) {
        return JSON.writeValueAsString(options);
    }
}
