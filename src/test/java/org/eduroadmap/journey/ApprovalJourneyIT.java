package org.eduroadmap.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.eduroadmap.TestClock;

/**
 * The KPI workflow across three people: the manager enters this year's EMIS figure and submits it,
 * the administrator approves it, and the minister sees the KPI change status and the new point.
 * Runs on a database of its own, since it changes data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:approval-journey;DB_CLOSE_DELAY=-1")
@Import(TestClock.class)
class ApprovalJourneyIT extends BrowserJourney {

    @Test
    void aValueEnteredByTheManagerAndApprovedByTheAdministratorReachesTheMinister() {
        try (BrowserContext minister = browser.newContext(1280, 900)) {
            Page page = signIn(minister, "minister");
            assertThat(page.locator(".status-tile.status-OFF_TRACK .count")).hasText("1");
        }

        try (BrowserContext manager = browser.newContext(1280, 900)) {
            Page page = signIn(manager, "manager");
            page.navigate(url("/kpis/MOE-EMIS-COVERAGE"));
            Locator value = page.locator(".measurement-form vaadin-big-decimal-field input");
            value.fill("150");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as draft")).click();
            assertThat(page.locator(".measurement-form vaadin-big-decimal-field"))
                    .hasAttribute("invalid", "");
            assertThat(page.locator(".measurement-form")).containsText("A percentage must be between 0 and 100.");

            value.fill("38");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as draft")).click();
            assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Draft")))
                    .hasCount(1);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit")).click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit"))).hasCount(0);
        }

        try (BrowserContext admin = browser.newContext(1280, 900)) {
            Page page = signIn(admin, "admin");
            page.navigate(url("/kpis/MOE-EMIS-COVERAGE"));
            Locator approve = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve"));
            assertThat(approve).hasCount(8);
            // Newest first, the national figure before the regions: the manager's value.
            approve.first().click();
            assertThat(approve).hasCount(7);
        }

        try (BrowserContext minister = browser.newContext(1280, 900)) {
            Page page = signIn(minister, "minister");
            // 38 % against the 2026 target of 80 % from a baseline of 0: 47.5 % of the way, off track.
            assertThat(page.locator(".status-tile.status-OFF_TRACK .count")).hasText("2");
            page.navigate(url("/?year=2026&kpi=MOE-EMIS-COVERAGE"));
            page.locator("svg.apexcharts-svg").first().waitFor();
            Locator trend = page.locator(".chart-card").first();
            trend.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show data table")).click();
            assertThat(trend.locator(".chart-table tr").filter(new Locator.FilterOptions().setHasText(
                    Pattern.compile("^2026")))).containsText("38");
        }
    }
}
