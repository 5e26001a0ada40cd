package org.eduroadmap.kpi.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;

import org.jsoup.nodes.Element;

import org.eduroadmap.base.Formats;
import org.eduroadmap.kpi.KpiOverview;
import org.eduroadmap.kpi.YearValue;

/**
 * The dashboard's KPI cards, grouped by priority area in the strategy's order. Each card: the KPI's name
 * linking to its page, its latest approved value, this year's target, its status in colour, icon and word,
 * the change since the previous value and a sparkline.
 * <p>
 * The cards only show; nothing on them is edited. So they travel as one piece of HTML instead of a component
 * per text (a dozen per card, each kept in the session while the dashboard is open). The HTML is built as a
 * tree whose texts are set as text, so markup in a KPI's name shows as written and never runs.
 */
public class KpiCards extends Composite<Html> {

    private static final int SPARKLINE_WIDTH = 100;
    private static final int SPARKLINE_HEIGHT = 30;

    private final Html html;

    public KpiCards(List<KpiOverview> kpis, int year) {
        this.html = new Html(render(kpis, year).outerHtml());
    }

    @Override
    protected Html initContent() {
        return html;
    }

    private Element render(List<KpiOverview> kpis, int year) {
        Element groups = new Element("div").addClass("kpi-groups");
        Map<String, List<KpiOverview>> byArea = new LinkedHashMap<>();
        kpis.stream().sorted(Comparator.comparingInt(KpiOverview::priorityAreaOrder))
                .forEach(kpi -> byArea.computeIfAbsent(kpi.priorityAreaCode(), code -> new ArrayList<>()).add(kpi));
        byArea.values().forEach(area -> {
            groups.appendElement("h2").text(area.getFirst().priorityArea().in(getLocale()));
            Element cards = groups.appendElement("div").addClass("kpi-cards");
            area.forEach(kpi -> card(cards.appendElement("div"), kpi, year));
        });
        return groups;
    }

    private void card(Element card, KpiOverview kpi, int year) {
        Locale locale = getLocale();
        card.addClass("card").addClass("kpi-card").addClass("status-border-" + kpi.status().name());
        card.appendElement("a").addClass("kpi-card-name").attr("router-link", "")
                .attr("href", RouteConfiguration.forSessionScope().getUrl(KpiDetailView.class,
                        new RouteParameters("code", kpi.code())))
                .text(kpi.name().in(locale));

        Element figures = card.appendElement("div").addClass("kpi-card-figures");
        figures.appendElement("span").addClass("kpi-card-value").text(kpi.latestValue() == null
                ? getTranslation("kpi.noData")
                : Formats.number(kpi.latestValue(), kpi.decimals(), locale) + unitSuffix(kpi));
        figures.appendElement("span").addClass("muted")
                .text(kpi.latestYear() == null ? "" : String.valueOf(kpi.latestYear()));

        Element status = card.appendElement("div");
        Element badge = status.appendElement("span").addClass("status-badge").addClass("status-" + kpi.status().name());
        badge.appendElement("vaadin-icon").attr("icon", KpiStatusBadge.iconName(kpi.status()));
        badge.appendElement("span").text(getTranslation("kpi.status." + kpi.status().name()));
        change(status.appendElement("span").addClass("kpi-card-change"), kpi);

        card.appendElement("span").addClass("muted").text(getTranslation("kpi.targetYear", String.valueOf(year))
                + ": " + Formats.number(kpi.target(), kpi.decimals(), locale) + unitSuffix(kpi));
        List<BigDecimal> values = kpi.history().stream().map(YearValue::value).toList();
        if (values.size() > 1) {
            sparkline(card, values);
        }
    }

    private void change(Element span, KpiOverview kpi) {
        BigDecimal change = kpi.changeSincePrevious();
        if (change == null) {
            return;
        }
        VaadinIcon arrow = change.signum() > 0 ? VaadinIcon.ARROW_UP : change.signum() < 0 ? VaadinIcon.ARROW_DOWN
                : VaadinIcon.ARROW_RIGHT;
        String signed = (change.signum() > 0 ? "+" : "") + Formats.number(change, kpi.decimals(), getLocale());
        span.appendElement("vaadin-icon").attr("icon", iconName(arrow));
        span.appendElement("span").text(getTranslation("kpi.changeSincePrevious", signed));
    }

    /** The values as a line across the card, lowest at the bottom; decoration only, hidden from screen readers. */
    private static void sparkline(Element card, List<BigDecimal> values) {
        BigDecimal min = values.stream().min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal max = values.stream().max(Comparator.naturalOrder()).orElseThrow();
        double span = max.subtract(min).doubleValue();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double x = SPARKLINE_WIDTH * i / (double) (values.size() - 1);
            // A flat series runs through the middle; a little room above and below keeps the stroke visible.
            double share = span == 0 ? 0.5 : values.get(i).subtract(min).doubleValue() / span;
            double y = 2 + (SPARKLINE_HEIGHT - 4) * (1 - share);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        Element svg = card.appendElement("svg").addClass("kpi-sparkline").attr("aria-hidden", "true")
                .attr("viewBox", "0 0 " + SPARKLINE_WIDTH + " " + SPARKLINE_HEIGHT)
                .attr("preserveAspectRatio", "none");
        svg.appendElement("polyline").attr("points", points.toString().strip());
    }

    /** The name under which the icon set knows an icon, e.g. "vaadin:check-circle". */
    static String iconName(VaadinIcon icon) {
        return icon.create().getElement().getAttribute("icon");
    }

    private static String unitSuffix(KpiOverview kpi) {
        return switch (kpi.unit()) {
            case PERCENT -> "\u00a0%";
            case COUNT, RATIO -> "";
        };
    }
}
