package org.eduroadmap.base.ui.chart;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.eduroadmap.base.ui.chart.ChartOptions.ChartLocale;

/**
 * An ApexCharts chart, and the one place in the application that talks to JavaScript. Options travel
 * as a JSON parameter ({@code $0}), never pasted into script text. The first options draw the chart;
 * later ones update the drawn chart in place, so a new selection animates instead of flashing.
 * Announced to screen readers as one image named by {@link #setAriaLabel}; {@link ChartCard} adds
 * the figures as a table.
 */
@Tag("div")
// context:// serves the file as a static resource; a plain path would make Vaadin bundle it with Node.
@JavaScript("context://vendor/apexcharts/apexcharts.min.js")
public class ApexChart extends Component implements HasSize, HasAriaLabel {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /*
     * Runs with the chart's <div> as "this"; $0: the options, $1: their shape (see ChartOptions.shape()).
     * - Vaadin gives a re-attached component a new <div>, which has no chart yet, so it is drawn again.
     * - ApexCharts renders and updates asynchronously, so each step waits for the one before; a new
     *   shape waits until the old chart is destroyed, since destroying empties the <div>.
     * - ApexCharts ignores parent resizes while it animates, so a layout that settles during the first
     *   animation (the drawer opening, the card grid reflowing) would leave the chart at its first
     *   width. A ResizeObserver on the <div> asks for the same redraw a window resize does.
     * - ApexCharts listens to window and parent resizes until destroyed. A detach listener on the
     *   server cannot reach the removed <div> (its node is gone by then), so the browser destroys the
     *   chart itself: the ResizeObserver also fires when its element leaves the document.
     * - ApexCharts writes series names, categories and row names into its legend and tooltips as HTML, so
     *   a KPI name or an activity title with markup would be interpreted. Formatters escape them there; the
     *   axes are SVG text, which shows them as typed anyway. The timeline's tooltip is written here in the
     *   shape of ApexCharts' own, with its dates in the chart's language.
     */
    private static final String RENDER = """
            const element = this;
            const escape = text => String(text == null ? '' : text).replace(/&/g, '&amp;').replace(/</g, '&lt;')
                .replace(/>/g, '&gt;');
            const options = $0;
            const rangeBars = options.chart && options.chart.type === 'rangeBar';
            options.legend = Object.assign({}, options.legend, { formatter: name => escape(name) });
            options.tooltip = Object.assign({}, options.tooltip);
            options.tooltip.y = Object.assign({}, options.tooltip.y,
                { title: { formatter: name => name ? escape(name) + ': ' : '' } });
            if (rangeBars) {
              const months = options.chart.locales[0].options.shortMonths;
              const day = time => {
                const date = new Date(time);
                return String(date.getUTCDate()).padStart(2, '0') + ' ' + months[date.getUTCMonth()] + ' '
                    + date.getUTCFullYear();
              };
              options.tooltip.custom = ({ seriesIndex, dataPointIndex, w }) => {
                const series = w.config.series[seriesIndex];
                const point = series.data[dataPointIndex];
                return '<div class="apexcharts-tooltip-rangebar"><div><span class="series-name" style="color: '
                    + escape(w.globals.colors[seriesIndex]) + '">' + escape(series.name) + '</span></div><div>'
                    + '<span class="category">' + escape(point.x) + ': </span> <span class="value start-value">'
                    + day(point.y[0]) + '</span> <span class="separator">-</span> <span class="value end-value">'
                    + day(point.y[1]) + '</span></div></div>';
              };
              // ApexCharts still fills its own (hidden) tooltip title with the row name through this formatter.
              options.tooltip.x = Object.assign({}, options.tooltip.x,
                  { formatter: value => typeof value === 'number' ? day(value) : escape(value) });
            } else if (!options.xaxis || options.xaxis.type !== 'datetime') {
              options.tooltip.x = Object.assign({}, options.tooltip.x, { formatter: value => escape(value) });
            }
            const settle = step => step.catch(error => console.error('ApexCharts', error));
            const drawn = element.$apexChart;
            if (drawn && drawn.shape === $1) {
              drawn.ready = settle(drawn.ready.then(() => drawn.chart.updateOptions(options, false, true, false)));
              return;
            }
            const previous = drawn ? drawn.dispose() : Promise.resolve();
            const chart = new ApexCharts(element, options);
            const current = { chart, shape: $1, width: element.clientWidth,
                ready: settle(previous.then(() => chart.render())) };
            const observer = new ResizeObserver(() => {
              if (!element.isConnected) {
                if (element.$apexChart === current) {
                  current.dispose();
                }
              } else if (element.clientWidth !== current.width) {
                current.width = element.clientWidth;
                current.ready.then(() => element.$apexChart === current && chart.windowResizeHandler());
              }
            });
            current.dispose = () => {
              observer.disconnect();
              delete element.$apexChart;
              return settle(current.ready.then(() => chart.destroy()));
            };
            observer.observe(element);
            element.$apexChart = current;
            """;

    private ChartOptions options;
    private boolean renderPending;

    public ApexChart() {
        setWidthFull();
        addClassName("apex-chart");
        getElement().setAttribute("role", "img");
        addAttachListener(attach -> scheduleRender());
    }

    public ApexChart(ChartOptions options) {
        this();
        setOptions(options);
    }

    /** Draws the chart, or updates the drawn one. Null keeps what is shown. */
    public void setOptions(ChartOptions options) {
        if (options == null) {
            return;
        }
        this.options = options;
        scheduleRender();
    }

    public ChartOptions getOptions() {
        return options;
    }

    /** One render per server round trip, however often the options changed during it. */
    private void scheduleRender() {
        if (renderPending || options == null) {
            return;
        }
        renderPending = true;
        getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(this, context -> {
            renderPending = false;
            getElement().executeJs(RENDER, toJson(options, getLocale()), options.shape());
        }));
    }

    /**
     * The options as ApexCharts reads them, with month names in the user's language. An update merges
     * into the drawn chart's options, so anything left out would keep its old value: reference lines,
     * colours and the value axis are therefore always sent, empty where unset, which ApexCharts reads
     * as "no lines", "default palette" and "automatic range".
     */
    static ObjectNode toJson(ChartOptions options, Locale locale) {
        ObjectNode json = JSON.valueToTree(options.withLocale(ChartLocale.of(locale)));
        ObjectNode annotations = json.has("annotations") ? (ObjectNode) json.get("annotations")
                : json.putObject("annotations");
        for (String lines : List.of("xaxis", "yaxis", "points")) {
            if (!annotations.has(lines)) {
                annotations.putArray(lines);
            }
        }
        if (!json.has("colors")) {
            json.putArray("colors");
        }
        if (!json.has("yaxis")) {
            json.putObject("yaxis");
        }
        return json;
    }
}
