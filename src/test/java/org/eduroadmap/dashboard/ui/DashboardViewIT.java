package org.eduroadmap.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;

import org.eduroadmap.RunAs;
import org.eduroadmap.TestClock;
import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.kpi.Dimension;
import org.eduroadmap.kpi.Direction;
import org.eduroadmap.kpi.Framework;
import org.eduroadmap.kpi.KpiDefinition;
import org.eduroadmap.kpi.KpiDefinitionService;
import org.eduroadmap.kpi.KpiOverview;
import org.eduroadmap.kpi.KpiService;
import org.eduroadmap.kpi.KpiUnit;

/** The dashboard's KPI cards and status tiles show every KPI, link to its page, and show names as written. */
@SpringBootTest
@Import(TestClock.class)
@ViewPackages(packages = "org.eduroadmap")
@Transactional
class DashboardViewIT extends SpringBrowserlessTest {

    private static final int YEAR = 2026;

    @Autowired
    KpiService kpis;
    @Autowired
    KpiDefinitionService definitions;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    /** The HTML piece with the given class, as the browser receives it. */
    private Document shown(String className) {
        Html piece = $(Html.class).all().stream().filter(html -> html.getElement().getClassList().contains(className))
                .findFirst().orElseThrow();
        Document document = Jsoup.parseBodyFragment(piece.getInnerHtml());
        assertThat(document.select("script")).isEmpty();
        return document;
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void everyKpiHasACardLinkingToItsPageWithItsStatusAndTarget() {
        navigate(DashboardView.class);
        List<KpiOverview> expected = kpis.overview(YEAR);

        List<Element> cards = shown("kpi-groups").select(".kpi-card");
        assertThat(cards).hasSize(expected.size());
        for (KpiOverview kpi : expected) {
            Element card = cards.stream().filter(one -> one.selectFirst("a").attr("href").equals("kpis/" + kpi.code()))
                    .findFirst().orElseThrow(() -> new AssertionError("no card for " + kpi.code()));
            assertThat(card.selectFirst("a").hasAttr("router-link")).as("opens without reloading the page").isTrue();
            assertThat(card.selectFirst("a").text()).isEqualTo(kpi.name().in(java.util.Locale.ENGLISH));
            assertThat(card.hasClass("status-border-" + kpi.status().name())).isTrue();
            assertThat(card.select(".status-badge").text()).isNotBlank();
            assertThat(card.text()).contains("Target " + YEAR + ":");
            assertThat(card.select("svg.kpi-sparkline").isEmpty()).isEqualTo(kpi.history().size() < 2);
        }

        long tiles = shown("status-summary").select(".status-tile .count").stream()
                .mapToLong(count -> Long.parseLong(count.text())).sum();
        assertThat(tiles).as("the status tiles count every KPI once").isEqualTo(expected.size());
    }

    @Test
    @WithMockUser(username = "minister", roles = "MINISTER")
    void aKpiNameWithMarkupIsShownAsTextAndNeverRuns() {
        String name = "<img src=x onerror=alert(1)> Schools & <b>labs</b>";
        new RunAs(securityContext).run("admin", "ADMIN", () -> definitions.create(kpi("MOE-MARKUP", name),
                Framework.NATIONAL, "MOE-TM"));

        navigate(DashboardView.class);

        Document cards = shown("kpi-groups");
        assertThat(cards.select("img, b")).isEmpty();
        assertThat(cards.select("a[href=kpis/MOE-MARKUP]").text()).isEqualTo(name);
    }

    private static KpiDefinition kpi(String code, String name) {
        SortedMap<Integer, BigDecimal> targets = new TreeMap<>();
        targets.put(YEAR, new BigDecimal("60"));
        return new KpiDefinition(code, LocalizedText.of(name, name, name), null, "CONNECTIVITY", KpiUnit.PERCENT,
                Direction.HIGHER_IS_BETTER, 1, new BigDecimal("12"), 2025, new BigDecimal("80"), new BigDecimal("50"),
                "School census", targets, EnumSet.of(Dimension.REGION), 0);
    }
}
