package org.eduroadmap.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.eduroadmap.TestClock;

/**
 * Under the Content-Security-Policy every screen still works in a real browser: charts render, the audit
 * trail opens, and the browser reports no blocked script, style or connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.class)
class ContentSecurityPolicyJourneyIT extends BrowserJourney {

    @Test
    void everyScreenWorksUnderThePolicyWithoutViolations() {
        List<String> violations = new ArrayList<>();
        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page page = context.newPage();
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
                    violations.add(message.text());
                }
            });
            page.navigate(url("/login"));
            page.locator("input[name='username']").fill("admin");
            page.locator("input[name='password']").fill("demo");
            page.locator("vaadin-login-form vaadin-button").first().click();
            page.waitForURL(address -> !address.contains("/login"));
            page.navigate(url("/"));
            assertThat(page.locator("h1.view-title")).hasText("Dashboard");
            page.locator("svg.apexcharts-svg").first().waitFor();

            page.navigate(url("/kpis/SDG-4.a.1b"));
            page.locator("svg.apexcharts-svg").first().waitFor();
            page.locator("a.history-link").click();
            assertThat(page.locator("h1.view-title")).hasText("Audit trail");
            page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("KPI #")).first().waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/audit-1280.png")));

            page.navigate(url("/roadmap"));
            page.locator("svg.apexcharts-svg").first().waitFor();
            page.navigate(url("/assistance/TA-2025-001"));
            assertThat(page.locator("a.history-link")).isVisible();

            page.setViewportSize(390, 844);
            page.navigate(url("/audit"));
            assertThat(page.locator("h1.view-title")).hasText("Audit trail");
            // Rows render: every change names its record as "type #id".
            page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(" #")).first().waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/audit-390.png")));
        }
        System.out.println("Content-Security-Policy violations seen: " + violations.size());
        org.assertj.core.api.Assertions.assertThat(violations).isEmpty();
    }
}
