package org.eduroadmap.kpi.ui;

import java.math.BigDecimal;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.eduroadmap.base.Formats;
import org.eduroadmap.base.ui.chart.ApexChart;
import org.eduroadmap.base.ui.chart.Charts;
import org.eduroadmap.kpi.KpiOverview;
import org.eduroadmap.kpi.YearValue;

/**
 * A KPI at a glance: its latest approved value, this year's target, its status in colour, icon and
 * word, the change since the previous value and a sparkline. The name links to the KPI's page.
 */
public class KpiCard extends Composite<Div> {

    public KpiCard(KpiOverview kpi, int year) {
        Div card = getContent();
        card.addClassNames("card", "kpi-card", "status-border-" + kpi.status().name());

        RouterLink name = new RouterLink(kpi.name().in(getLocale()), KpiDetailView.class,
                new RouteParameters("code", kpi.code()));
        name.addClassName("kpi-card-name");

        Span value = new Span(kpi.latestValue() == null ? getTranslation("kpi.noData")
                : Formats.number(kpi.latestValue(), kpi.decimals(), getLocale()) + unitSuffix(kpi));
        value.addClassName("kpi-card-value");
        Span period = new Span(kpi.latestYear() == null ? "" : String.valueOf(kpi.latestYear()));
        period.addClassName("muted");
        Div figures = new Div(value, period);
        figures.addClassName("kpi-card-figures");

        Span target = new Span(getTranslation("kpi.targetYear", String.valueOf(year)) + ": "
                + Formats.number(kpi.target(), kpi.decimals(), getLocale()) + unitSuffix(kpi));
        target.addClassName("muted");

        card.add(name, figures, new Div(new KpiStatusBadge(kpi.status()), change(kpi)), target);
        List<BigDecimal> values = kpi.history().stream().map(YearValue::value).toList();
        if (values.size() > 1) {
            ApexChart sparkline = new ApexChart(Charts.sparkline(values).withColors("#1565c0"));
            sparkline.getElement().setAttribute("aria-hidden", "true");
            card.add(sparkline);
        }
    }

    private String unitSuffix(KpiOverview kpi) {
        return switch (kpi.unit()) {
            case PERCENT -> "\u00a0%";
            case COUNT, RATIO -> "";
        };
    }

    private Span change(KpiOverview kpi) {
        BigDecimal change = kpi.changeSincePrevious();
        Span span = new Span();
        span.addClassName("kpi-card-change");
        if (change == null) {
            return span;
        }
        VaadinIcon arrow = change.signum() > 0 ? VaadinIcon.ARROW_UP : change.signum() < 0 ? VaadinIcon.ARROW_DOWN
                : VaadinIcon.ARROW_RIGHT;
        String signed = (change.signum() > 0 ? "+" : "") + Formats.number(change, kpi.decimals(), getLocale());
        span.add(arrow.create(), new Span(getTranslation("kpi.changeSincePrevious", signed)));
        return span;
    }
}
