package org.eduroadmap.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.eduroadmap.TestClock;

/**
 * A KPI name or an activity title holding markup is shown as text in the charts' tooltips, which the chart
 * library writes as HTML: the markup appears as typed, never reaches the page as markup, and its script never
 * runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.class)
class MarkupInChartsJourneyIT extends BrowserJourney {

    private static final String MARKUP = "<img src=x onerror=\"document.body.dataset.injected='yes'\">";

    /** Notes every HTML the page is given that still holds the markup unescaped, even into a detached element. */
    private static final String WATCH_HTML = """
            (() => {
              window.markupSeen = [];
              const note = html => {
                if (String(html).includes('<img src=x')) {
                  window.markupSeen.push(String(html).slice(0, 200));
                }
              };
              for (const name of ['innerHTML', 'outerHTML']) {
                const property = Object.getOwnPropertyDescriptor(Element.prototype, name);
                Object.defineProperty(Element.prototype, name, {
                  get() { return property.get.call(this); },
                  set(html) { note(html); property.set.call(this, html); }
                });
              }
              const insert = Element.prototype.insertAdjacentHTML;
              Element.prototype.insertAdjacentHTML = function (where, html) {
                note(html);
                return insert.call(this, where, html);
              };
            })();
            """;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void markupInNamesIsShownAsTextInChartTooltips() {
        // Committed, since the browser reads through the running application; put back afterwards.
        jdbc.update("update kpi set name_en = concat(?, name_en) where code = 'SDG-4.a.1b'", MARKUP);
        jdbc.update("update activity set name_en = concat(?, name_en)", MARKUP);
        try (BrowserContext context = browser.newContext(1280, 900)) {
            context.addInitScript(WATCH_HTML);
            Page page = signIn(context, "admin");

            page.navigate(url("/kpis/SDG-4.a.1b"));
            Locator bar = page.locator(".apexcharts-bar-area").first();
            bar.waitFor();
            bar.hover();
            assertThat(page.locator(".apexcharts-tooltip.apexcharts-active").first()).containsText(MARKUP);
            assertThat(page.locator(".apexcharts-tooltip img")).hasCount(0);
            org.assertj.core.api.Assertions.assertThat(page.evaluate("window.markupSeen.join('\\n')"))
                    .as("markup given to the page as HTML on the KPI page").isEqualTo("");

            page.navigate(url("/roadmap"));
            Locator row = page.locator(".apexcharts-rangebar-area").first();
            row.waitFor();
            row.hover();
            assertThat(page.locator(".apexcharts-tooltip .apexcharts-tooltip-rangebar").first())
                    .containsText(MARKUP);
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/markup-in-timeline-1280.png")));
            assertThat(page.locator(".apexcharts-tooltip img")).hasCount(0);
            org.assertj.core.api.Assertions.assertThat(page.evaluate("window.markupSeen.join('\\n')"))
                    .as("markup given to the page as HTML on the Roadmap").isEqualTo("");
            assertThat(page.locator("body")).not().hasAttribute("data-injected", "yes");
        } finally {
            jdbc.update("update kpi set name_en = substring(name_en, ?) where code = 'SDG-4.a.1b'",
                    MARKUP.length() + 1);
            jdbc.update("update activity set name_en = substring(name_en, ?)", MARKUP.length() + 1);
        }
    }
}
